"""Event-data formats: ACLED, GDELT, UCDP GED and mapped CSV, each in its own module.

`registry` lists them; `cells` holds what every format's rows share.
"""
