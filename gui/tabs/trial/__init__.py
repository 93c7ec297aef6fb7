from gui.tabs.trial.trial_tab import TrialTab

__all__ = ["TrialTab"]
