from gui.tabs.aftersale.aftersale_tab import AftersaleTab

__all__ = ["AftersaleTab"]
