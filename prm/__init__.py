"""The app shell: settings, database, auth, layout and the Reflex app assembly.

Importing `prm` itself imports nothing heavy, so services and jobs can use
`prm.settings` and `prm.db` without pulling in Reflex.
"""
