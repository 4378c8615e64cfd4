"""Entry point of the frozen executables: the same `marsad` command as from source."""
from desktop.cli import main

if __name__ == "__main__":
    main()
