"""Everything about starting fast: launch (first paint, then attach the services), timing, the board cache."""
