from gui.tabs.lottery.lottery_tab import LotteryTab

__all__ = ["LotteryTab"]
