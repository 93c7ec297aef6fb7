"""Rule packs that travel: one signed file per pack version, installed beside the built-in pack.

    build(folder, key) -> bytes          bundle.py   the rules, their tests, their sources, a signed manifest
    open_pack(path, trusted) -> Opened   bundle.py   every check a file must pass before anything reads it
    install / installed / rollback       installed.py  <data>/rulepacks/, the built-in pack the floor
    load_active(data_dir)                active.py   the pack every check uses (light: read at every start)
    diff(old, new)                       diff.py     what changed, and what it changes for each shop's plans
    run_cases(folder, pack)              cases.py    rule tests as data (resources/rules/tests/*.toml)
    lint(folder)                         lint.py     every quote in its source, dates in order, params used

A pack file is a zip: `manifest.json` (pack version, minimum app version, creation time, the SHA-256 of
every other file, the changelog), `manifest.sig` (Ed25519 over the manifest's exact bytes, by a key
the app trusts: one shipped in resources/keys/, one put in <data>/keys/ by the person at the computer,
or one passed as --trust-key) and the files under `rules/`. Nothing in the zip is read before the
signature and every hash have been checked; a file without a signature is refused, never trusted.
"""

# Nothing is imported here: a start reads core.packs.active only, without the signature library.
