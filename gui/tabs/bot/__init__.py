from gui.tabs.bot.bot_tab import BotTab

__all__ = ["BotTab"]
