"""``python -m paracheck`` runs the command line."""

from paracheck.cli import main

if __name__ == "__main__":
    main()
