"""Entry point of the frozen executables: the same `marsad` command as from source."""
import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    # A big import checks records in spawned worker processes; in a frozen
    # executable each of them starts here, and this hands it over to its task.
    multiprocessing.freeze_support()
    main()
