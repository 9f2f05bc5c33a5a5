"""The opportunity board (看板): store, column models, delegate, view."""
