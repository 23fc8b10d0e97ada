#!/usr/bin/env python3
"""Puts the real output of the sst command lines shown in a Markdown page under them.

Every "$ ./sst ..." line of a ```console block (but those that need a server or a store of the reader's own:
--endpoint, --store) is run from a scratch folder that holds (as links) this repository's ./sst, examples/ and
other files, and the lines after it, up to the next "$ " line, are replaced by what it printed (standard output,
then standard error). Where the page showed a long answer in part (a line "..."), it shows the same number of
first lines, "..." and, unless "..." ended the part shown, the last line again. A ```sparql block that begins
"# NAME: ..." where NAME is one of the library's named queries becomes that query as the library ships it
(sst-rdf/src/main/resources/org/sstlib/rdf/query/NAME.rq). A ```sparql, ```yaml or ```turtle block that the text
just before it names as a file (`reach.rq`) is written to that file first, so the commands that use it find it.

    python3 docs/examples.py docs/queries.md            # rewrite the page
    python3 docs/examples.py --check docs/queries.md    # exit 1, with a diff, if the page is out of date

Needs Python 3 and what ./sst needs (Java 17, Maven to build).
"""
import difflib
import os
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILE_NAME = re.compile(r"`([\w.-]+\.(?:rq|yaml|ttl))`")
NAMED_QUERY = re.compile(r"^# ([a-z-]+): ")
QUERIES = ROOT / "sst-rdf" / "src" / "main" / "resources" / "org" / "sstlib" / "rdf" / "query"


def run(command, folder):
    done = subprocess.run(["bash", "-c", command], cwd=folder, capture_output=True, text=True)
    lines = (done.stdout + done.stderr).rstrip("\n").split("\n")
    return [line.rstrip() for line in lines] if lines != [""] else []


def console(body, folder):
    """A console block with the output of each of its commands made again (see the module's description)."""
    out = []
    starts = [k for k, line in enumerate(body) if line.startswith("$ ")] + [len(body)]
    out.extend(body[:starts[0]])
    for k in range(len(starts) - 1):
        command = body[starts[k]]
        old = body[starts[k] + 1:starts[k + 1]]
        out.append(command)
        if not command.startswith("$ ./sst ") or "--endpoint" in command or "--store" in command:
            out.extend(old)
            continue
        new = run(command[2:], folder)
        # A long answer shown in part: the same number of first lines, the "..." line, and the last line unless
        # the "..." line ended the part shown.
        marks = [k for k, line in enumerate(old) if line.strip() == "..."]
        if marks and len(new) > marks[0] + 1:
            cut = marks[0]
            new = new[:cut] + [old[cut]] + (new[-1:] if cut + 1 < len(old) else [])
        out.extend(new)
    return out


def regenerate(text, folder):
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("```") or line == "```":
            out.append(line)
            i += 1
            continue
        lang = line[3:].strip()
        end = i + 1
        while end < len(lines) and lines[end] != "```":
            end += 1
        body = lines[i + 1:end]
        named = NAMED_QUERY.match(body[0]) if lang == "sparql" and body else None
        if named and (QUERIES / (named.group(1) + ".rq")).is_file():
            # A copy of a named query: the query as the library ships it.
            body = (QUERIES / (named.group(1) + ".rq")).read_text(encoding="utf-8").rstrip("\n").split("\n")
        if lang in ("sparql", "yaml", "turtle"):
            before = "\n".join(out[-4:])
            names = FILE_NAME.findall(before)
            if names:
                (folder / names[-1]).write_text("\n".join(body) + "\n", encoding="utf-8")
        if lang == "console":
            body = console(body, folder)
        out.append(line)
        out.extend(body)
        if end < len(lines):
            out.append(lines[end])
        i = end + 1
    return "\n".join(out)


def main(args):
    check = "--check" in args
    pages = [a for a in args if a != "--check"]
    if not pages:
        print(__doc__.strip().split("\n\n")[-2], file=sys.stderr)
        return 2
    subprocess.run([str(ROOT / "sst"), "--version"], capture_output=True, check=True)  # build once, quietly
    stale = False
    for page in pages:
        path = pathlib.Path(page)
        text = path.read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            folder = pathlib.Path(tmp)
            for entry in ROOT.iterdir():
                if not entry.name.startswith("."):
                    os.symlink(entry, folder / entry.name)
            new = regenerate(text, folder)
        if new == text:
            continue
        if check:
            stale = True
            sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), new.splitlines(True), page, page))
        else:
            path.write_text(new, encoding="utf-8")
            print(page + ": examples regenerated")
    if stale:
        print("the examples above are out of date: run python3 docs/examples.py " + " ".join(pages),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
