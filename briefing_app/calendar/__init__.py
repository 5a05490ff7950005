"""Calendar invites: .ics export and import (next issue)."""
