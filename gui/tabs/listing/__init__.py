from gui.tabs.listing.listing_tab import ListingTab

__all__ = ["ListingTab"]
