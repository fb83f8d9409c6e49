"""Cases: the case list, the case view and its tabs, case dialogs, models and widgets, retention."""
