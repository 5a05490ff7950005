"""The Now & next tab: what is on now and what comes next, across every feed."""
