"""`python -m desktop` is the `marsad` command."""
from desktop.cli import main

if __name__ == "__main__":
    main()
