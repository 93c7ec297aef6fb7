"""Where `python -m gui`, the `shop-assistant` script and the frozen app start."""

import gc
import sys


def run() -> int:
    # Start-up makes tens of thousands of long-lived objects (modules, classes, Qt enums) and no
    # garbage worth collecting; left on, the collector would run ~40 times (~7 ms) before the first
    # frame. It stays off: from the window on, gui.memory.Collector collects on the UI thread only.
    gc.disable()
    from gui.feature_check import install

    install()  # before the app's own modules are imported
    from gui.app import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
