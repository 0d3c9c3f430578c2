"""Command-line interface: a thin layer over the library (``kneecode.code_note`` and friends).

Exit status: 0 success; 1 an input could not be read, a note failed in a batch, or a
threshold was not met; 2 usage error (bad option, no input); 3 an output could not be
written; 130 interrupted; 141 the reader of the output closed the pipe.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import json
import os
import re
import signal
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .errors import InputError, KneecodeError, OutputError, UsageError
from .text import TerminalSafeWriter, terminal_safe
from .version import __version__

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class State:
    def __init__(self, data_dir: str | None, verbose: bool, calibration: str | None = None) -> None:
        self.data_dir = data_dir
        self.verbose = verbose
        self.calibration = calibration
        self.review_below: float | None = None  # set by a command's --review-below before coding

    @functools.cached_property
    def lexicon(self):  # noqa: ANN201 - imported lazily to keep --help fast
        import dataclasses

        from .lexicon import default_lexicon, load_lexicon

        lex = load_lexicon(self.data_dir) if self.data_dir else default_lexicon()
        model = lex.confidence_model
        if self.calibration is not None:
            from .lexicon.confidence import load_model

            model = load_model(self.calibration)
        if self.review_below is not None:
            model = model.with_threshold(self.review_below)
        if model is not lex.confidence_model:
            lex = dataclasses.replace(lex, confidence_model=model)
        return lex


def review_below_option() -> Callable[[F], F]:
    """The shared --review-below option: the confidence under which a note needs review."""

    def remember(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
        state = ctx.find_object(State)
        if state is not None:
            state.review_below = value
        return value

    return click.option(
        "--review-below",
        type=click.FloatRange(0, 1),
        default=None,
        callback=remember,
        expose_value=False,
        help="Flag notes whose confidence is below this for review (default: the calibrated threshold).",
    )


class ExitCodeError(click.ClickException):
    """A one-line error with the exit status of the library error behind it."""

    def __init__(self, message: str, exit_status: int) -> None:
        super().__init__(message)
        self.exit_status = exit_status

    @property
    def exit_code(self) -> int:  # type: ignore[override]
        return self.exit_status


def handle_errors(fn: F) -> F:
    """Library errors become one-line messages with their exit status; tracebacks only with --verbose."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if sys.stderr is None:  # started with standard error closed: messages go nowhere, not crash
            sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
        if sys.stdout is None:  # started with standard output closed: writing to it fails cleanly (exit 3)
            sys.stdout = _ClosedOutput()
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except UsageError as exc:
            raise click.UsageError(str(exc)) from exc
        except KneecodeError as exc:
            raise ExitCodeError(str(exc), exc.exit_status) from exc
        except BrokenPipeError:
            # The reader went away (`kneecode batch ... | head`): stop quietly, as Unix tools do.
            _silence_stdout()
            raise click.exceptions.Exit(141) from None
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            raise click.exceptions.Exit(130) from None
        except OSError as exc:
            if exc.errno not in _WRITE_FAILURES:
                if _verbose():
                    raise
                raise _internal(exc) from exc
            # what the command printed could not be written (a full disk, a closed descriptor)
            _silence_stdout()
            raise ExitCodeError(f"standard output: cannot write ({exc.strerror})", OutputError.exit_status) from None
        except Exception as exc:  # noqa: BLE001 - last line of defence for billing staff
            if _verbose():
                raise
            raise _internal(exc) from exc

    return wrapper  # type: ignore[return-value]


class _ClosedOutput(io.StringIO):
    """Standard output when the process was started with it closed: a write is an output
    failure (``kneecode code ... >&-``), while commands that write only to files still work."""

    def write(self, s: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False

    @property
    def buffer(self) -> io.BytesIO:  # what writers of bytes use
        return _ClosedBytes()


class _ClosedBytes(io.BytesIO):
    def write(self, b: Any) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


_WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


def _verbose() -> bool:
    """Was --verbose given (then an unexpected error shows its traceback)?"""
    ctx = click.get_current_context(silent=True)
    state = ctx.find_object(State) if ctx is not None else None
    return isinstance(state, State) and state.verbose


def _internal(exc: Exception) -> click.ClickException:
    """An unexpected error as one line."""
    return click.ClickException(
        f"internal error ({type(exc).__name__}: {exc}); rerun with kneecode -v for the traceback"
    )


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        from .io.decode import text_encoding

        if (problem := text_encoding(value)) is not None:
            raise click.BadParameter(problem)
    return value


def max_note_bytes_option() -> Callable[[F], F]:
    """The shared --max-note-bytes option: larger notes are errors, read no further than the cap."""
    from .limits import DEFAULT_MAX_NOTE_BYTES

    return click.option(
        "--max-note-bytes",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_NOTE_BYTES,
        show_default=True,
        help="Notes larger than this are reported as errors, not coded.",
    )


def setting_option(help_text: str) -> Callable[[F], F]:
    """The shared --setting option (outpatient by default)."""
    return click.option(
        "--setting",
        type=click.Choice(["outpatient", "inpatient"]),
        default="outpatient",
        show_default=True,
        help=help_text,
    )


def encoding_option(help_text: str) -> Callable[[F], F]:
    """The shared --encoding option, checked against Python's codecs (exit 2 when unknown)."""
    return click.option("--encoding", default=None, callback=check_encoding, help=help_text)


def note_timeout_option() -> Callable[[F], F]:
    """The shared --note-timeout option: a note that takes longer becomes an error record."""
    from .limits import DEFAULT_NOTE_TIMEOUT

    return click.option(
        "--note-timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_NOTE_TIMEOUT,
        show_default=True,
        help="Seconds one note may take; a note that takes longer is an error (in a batch, an error record; 0: none).",
    )


_PRETTY_JSON = json.JSONEncoder(ensure_ascii=False, indent=2)


def echo_json(obj: object) -> None:
    """Print ``obj`` as indented JSON in chunks: ``json.dumps(indent=...)`` first gathers every
    token of the document in a list, about seven times the size of the text it returns, which
    for the result of a long note is far more memory than the result itself."""
    chunk: list[str] = []
    size = 0
    for piece in _PRETTY_JSON.iterencode(obj):
        chunk.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            click.echo("".join(chunk), nl=False)
            chunk, size = [], 0
    click.echo("".join(chunk))


def use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="kneecode")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, exists=True),
    help="Read lexicons, context rules and code tables from this directory instead of the built-in data.",
)
@click.option(
    "--calibration",
    type=click.Path(dir_okay=False, exists=True),
    help="Use this confidence model (from `kneecode calibrate`) instead of the built-in one.",
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Show everything: common words that look like knee words, and a traceback on an unexpected error.",
)
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, calibration: str | None, verbose: bool) -> None:
    """Decide whether M25.561, M25.562 or M25.569 (knee pain) apply to clinical notes, and explain why.

    Notes stay on this machine: kneecode makes no network connections and logs no note text.
    """
    ctx.obj = State(data_dir, verbose, calibration)


def _read_stdin(encoding: str | None, limit: int) -> str:
    from .io.decode import decode_note, read_bounded

    if sys.stdin.isatty():
        click.echo("Paste or type the note, then press Ctrl-D (Ctrl-Z Enter on Windows):", err=True)
    return decode_note(read_bounded(sys.stdin.buffer, limit, "<stdin>"), "<stdin>", encoding)


MANY_NOTES = (".csv", ".tsv", ".jsonl", ".ndjson")


@cli.command("code")
@click.argument("text", nargs=-1)
@click.option(
    "-f",
    "--file",
    "file_",
    type=click.Path(dir_okay=True, allow_dash=True),
    help="Read the note from this file ('-' for standard input).",
)
@setting_option("Encounter setting: uncertain diagnoses count as established only for inpatients.")
@review_below_option()
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
@encoding_option("Encoding of the note file or standard input. Default: UTF-8, strictly (no guessing).")
@max_note_bytes_option()
@note_timeout_option()
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour and highlighting (auto: only on a terminal, never when NO_COLOR is set).",
)
@click.pass_obj
@handle_errors
def code_command(
    state: State,
    text: tuple[str, ...],
    file_: str | None,
    setting: str,
    fmt: str,
    encoding: str | None,
    max_note_bytes: int,
    note_timeout: float,
    color: str,
) -> None:
    """Code one note given as TEXT, with -f FILE, or on standard input ('-' or a pipe).

    \b
    Examples:
      kneecode code "Pt c/o L knee pain x 2 weeks, no swelling."
      kneecode code -f note.txt --format json
      cat note.txt | kneecode code --setting inpatient
    """
    from .engine import code_note
    from .errors import InputError
    from .io.decode import read_note_file, text_problem, too_large
    from .limits import NoteTimeoutError, time_limit, timeout_problem
    from .render.text import plain_text
    from .schema import result_dict

    if file_ == "":
        raise click.UsageError("--file needs a file name ('-' for standard input)")
    if file_ and text:
        raise click.UsageError("give the note as TEXT or with --file, not both")
    if file_ and file_.lower().endswith(MANY_NOTES):
        raise click.UsageError(f"{file_} looks like many notes: code it with kneecode batch {file_}")
    if file_ == "-" or (not file_ and text == ("-",)):
        where, note = "<stdin>", _read_stdin(encoding, max_note_bytes)
    elif file_:
        where, note = file_, read_note_file(file_, encoding, max_note_bytes)
    elif text:
        where, note = "the note on the command line", " ".join(text)
        if (problem := text_problem(note)) is not None:  # undecodable bytes in the arguments
            raise InputError(where, problem)
        if (size := len(note.encode("utf-8"))) > max_note_bytes:
            raise InputError(where, too_large(size, max_note_bytes))
    else:
        where, note = "<stdin>", _read_stdin(encoding, max_note_bytes)
    try:
        with time_limit(note_timeout):
            result = code_note(note, setting, state.lexicon, keep_layers=False)
    except NoteTimeoutError:
        raise InputError(where, timeout_problem(note_timeout)) from None
    if fmt == "json":
        echo_json(result_dict(result))
    elif use_color(color):
        from rich.console import Console

        from .render.terminal import render

        console = Console(
            file=TerminalSafeWriter(sys.stdout),  # type: ignore[arg-type]
            force_terminal=True,
            no_color=False,
            highlight=False,
            soft_wrap=False,
        )
        render(result, console, state.verbose)
    else:
        click.echo(terminal_safe(plain_text(result, state.verbose)), nl=False)


BATCH_FORMATS = {"jsonl": "jsonl", "csv": "csv", "json": "json", "parquet": "parquet"}


OUTPUT_SUFFIXES = {
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "jsonl",
    ".parquet": "parquet",
}


def _is_stream(path: str) -> bool:
    """A pipe, device or socket: written as JSON lines unless --format says otherwise."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _named_format(path: str | None) -> str | None:
    """The format a file's extension promises (".txt" promises none: it holds any text), or None
    for standard output, pipes, devices and names without a known extension."""
    if not path or path == "-" or _is_stream(path):
        return None
    suffix = os.path.splitext(path)[1].lower()
    return None if suffix == ".txt" else OUTPUT_SUFFIXES.get(suffix)


def _refuse_other_format(option: str, path: str | None, writes: str, by: str) -> None:
    """A file named for one format must not be given another's bytes (a CSV called
    results.parquet, a Parquet file called results.csv): downstream readers trust the name."""
    named = _named_format(path)
    if named is not None and named != writes:
        raise click.UsageError(
            f"{option} {path} is named for {named}, but {by} writes {writes}: rename it or change the format"
        )


def _output_kind(fmt: str | None, output: str | None, detail: bool) -> str:
    if fmt is None and detail:
        fmt = "csv"
    if fmt is not None:
        _refuse_other_format("-o", output, fmt, "--csv-detail" if detail else "--format " + fmt)
    if fmt is None and output and output != "-" and not _is_stream(output):
        suffix = os.path.splitext(output)[1].lower()
        if suffix not in OUTPUT_SUFFIXES:
            named = f"its extension {suffix!r}" if suffix else "a name without an extension"
            raise click.UsageError(
                f"cannot tell the output format of {output} from {named}; use --format jsonl, csv, json or parquet"
            )
        fmt = OUTPUT_SUFFIXES[suffix]
    fmt = fmt or "jsonl"
    if detail and fmt != "csv":
        raise click.UsageError("--csv-detail writes CSV; it cannot be combined with --format " + fmt)
    return "csv-detail" if detail else fmt


@cli.command("batch")
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    help="Write the results here (a file is written atomically; - is standard output, the default).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(BATCH_FORMATS)),
    default=None,
    help="jsonl (one result per line), csv (one row per note), json (an array) or parquet (typed columns and"
    " the result as JSON; the parquet extra). Default: from the -o extension, else jsonl.",
)
@click.option(
    "--csv-detail", is_flag=True, help="CSV with one row per code or left-out finding, with its evidence and reason."
)
@click.option(
    "--compact",
    is_flag=True,
    help="JSON records without the evidence: id, source, setting, codes, laterality, replaced_by, advisories, error.",
)
@setting_option("Setting for notes without their own setting column or key.")
@review_below_option()
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    callback=lambda ctx, param, value: _check_workers(value),
    help="Worker processes (default: the CPU count; 1 codes in this process).",
)
@click.option("--glob", "glob_", default="*.txt", show_default=True, help="Which files of a folder are notes.")
@click.option(
    "--id-column",
    default=None,
    help="CSV column with the note id (default: id, note_id, ...; without one the row number is the id).",
)
@click.option(
    "--text-column", default=None, help="CSV column with the note text (default: text, note, note_text, ...)."
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "jsonl", "csv"]),
    default="auto",
    show_default=True,
    help="Format of standard input (auto: JSON lines when it starts with '{', else CSV).",
)
@click.option("--id-key", default="id", show_default=True, help="JSON-lines key with the note id.")
@click.option("--text-key", default="text", show_default=True, help="JSON-lines key with the note text.")
@click.option(
    "--setting-key",
    default="setting",
    show_default=True,
    help="CSV column or JSON key whose value (outpatient or inpatient) overrides --setting.",
)
@max_note_bytes_option()
@encoding_option("Encoding of every input (default: UTF-8, strictly; for example cp1252 for Excel exports).")
@click.option(
    "--resume",
    is_flag=True,
    help="Continue an interrupted run into the same -o file, skipping the notes already written.",
)
@note_timeout_option()
@click.option(
    "--review-out",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    help="Also write a CSV of the notes that need review (id, source, codes, confidence, reasons, error).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=64, show_default=True, hidden=True)
@click.option("--checkpoint-every", type=click.IntRange(min=1), default=5000, hidden=True)
@click.pass_obj
@handle_errors
def batch_command(
    state: State,
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str | None,
    csv_detail: bool,
    compact: bool,
    setting: str,
    workers: int | None,
    glob_: str,
    id_column: str | None,
    text_column: str | None,
    input_format: str,
    id_key: str,
    text_key: str,
    setting_key: str,
    max_note_bytes: int,
    encoding: str | None,
    resume: bool,
    note_timeout: float,
    review_out: str | None,
    quiet: bool,
    chunk_size: int,
    checkpoint_every: int,
) -> None:
    """Code many notes: note files, folders, CSV exports and JSON-lines files, in the order given;
    - (or a pipe with no INPUTS) reads JSON lines or CSV from standard input.

    \b
    Every note gets one output record, in input order whatever the worker count: the full
    result (as `kneecode code --format json`, plus "id" and "source"), or an error record
    naming the file, line or row and the problem. Output files are written atomically;
    an interrupted run can be continued with --resume.

    \b
    Exit status: 0 all notes coded; 1 some notes have errors (see their "error" field);
    2 usage error or no input at all (also an output folder that does not exist); 3 an output
    cannot be written (disk full, read-only, locked by another run); 130 interrupted (rerun
    with --resume).
    """
    from .batch.job import BatchJob
    from .batch.runner import default_workers

    if not inputs and not sys.stdin.isatty():
        inputs = ("-",)  # notes piped in: `cat notes.jsonl | kneecode batch`
    if not inputs:
        raise click.UsageError("no input: give note files, folders, CSV or JSON-lines files, or - for standard input")
    if resume and not output:
        raise click.UsageError("--resume needs -o FILE (standard output cannot be resumed)")
    if resume and "-" in inputs:
        raise click.UsageError("--resume cannot re-read standard input; save it to a file first")
    kind = _output_kind(fmt, output, csv_detail)
    if compact:
        if kind not in ("jsonl", "json"):
            shape = "Parquet has typed columns" if kind == "parquet" else "CSV is already one short row per note"
            raise click.UsageError(f"--compact shortens JSON records; {shape}")
        kind += "-compact"
    _refuse_other_format("--review-out", review_out, "csv", "--review-out")
    job = BatchJob(
        inputs=list(inputs),
        output=output,
        kind=kind,
        setting=setting,
        workers=workers or default_workers(),
        glob=glob_,
        id_column=id_column,
        text_column=text_column,
        stdin_format=input_format,
        id_key=id_key,
        text_key=text_key,
        setting_key=setting_key,
        max_note_bytes=max_note_bytes,
        encoding=encoding,
        data_dir=state.data_dir,
        chunk_size=chunk_size,
        checkpoint_every=checkpoint_every,
        note_timeout=note_timeout,
        review_out=review_out,
    )
    from .render.progress import ProgressBar, batch_summary

    progress = ProgressBar() if not quiet and sys.stderr.isatty() else None
    report = job.run(resume, state.lexicon, progress=progress, notify=lambda message: click.echo(message, err=True))
    if not quiet and report.status != 130:
        click.echo(batch_summary(report), err=True)
    if report.status:
        sys.exit(report.status)


@cli.command("evaluate")
@click.argument("gold", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--min-accuracy",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit with status 1 when exact-match accuracy is below this.",
)
@encoding_option("Encoding of the labelled notes (default: UTF-8, strictly).")
@review_below_option()
@max_note_bytes_option()
@note_timeout_option()
@click.pass_obj
@handle_errors
def evaluate_command(
    state: State,
    gold: str,
    fmt: str,
    min_accuracy: float | None,
    encoding: str | None,
    max_note_bytes: int,
    note_timeout: float,
) -> None:
    """Measure kneecode on labelled notes (JSON lines: id, text, codes, setting, replaced_by;
    - reads them from standard input).

    Prints precision, recall and F1 per code, the exact-match accuracy of each note's code set,
    and the notes it got wrong. Malformed lines, and notes that take longer than the note
    timeout, are reported and skipped; they also make the exit status 1.
    """
    from .evaluate import GoldNote, evaluate, gold_warnings, read_gold

    notes: list[GoldNote] = []
    errors: list[str] = []
    if gold != "-" and not os.path.exists(gold):
        raise click.UsageError(f"{gold}: no such file")
    for item in read_gold(gold, encoding, max_note_bytes):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            notes.append(item)
    if not notes:
        for error in errors[:20]:  # the reasons, or the user cannot tell what is wrong
            click.echo(f"kneecode: {error}", err=True)
        if len(errors) > 20:
            click.echo(f"kneecode: ... and {len(errors) - 20:,} more malformed lines", err=True)
        raise click.UsageError(
            f"{gold}: no labelled notes to evaluate" + (f" ({len(errors):,} malformed lines)" if errors else "")
        )
    ev = evaluate(notes, state.lexicon, note_timeout or None)
    errors += ev.errors
    warnings = gold_warnings(notes)
    if fmt == "json":
        out = ev.to_dict()
        out["errors"] = errors
        out["warnings"] = warnings
        out["source"] = gold
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        from .render.text import evaluation_text

        click.echo(evaluation_text(ev, gold, errors, warnings), nl=False)
    failed = min_accuracy is not None and ev.exact_match < min_accuracy
    if failed and fmt == "text":
        click.echo(f"exact-match accuracy {ev.exact_match:.4f} is below --min-accuracy {min_accuracy}", err=True)
    if failed or errors:
        sys.exit(1)


@cli.command("calibrate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the model here (JSON); use it with --calibration, or as confidence/model.json of a --data-dir.",
)
@click.option(
    "--target",
    type=click.FloatRange(0.5, 1, max_open=True),
    default=0.99,
    show_default=True,
    help="Exact-match accuracy the notes accepted without review must reach (sets the threshold).",
)
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True, help="Cross-validation folds.")
@click.option("--ridge", type=click.FloatRange(min=0), default=1.0, show_default=True, help="Ridge penalty.")
@click.option(
    "--repeats",
    type=click.IntRange(min=1),
    default=6,
    show_default=True,
    help="Random splits the cross-validation is repeated over (pooled: a steadier threshold).",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for the repeated splits."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@encoding_option("Encoding of the labelled notes (default: UTF-8, strictly).")
@max_note_bytes_option()
@click.pass_obj
@handle_errors
def calibrate_command(
    state: State,
    gold: tuple[str, ...],
    output: str,
    target: float,
    folds: int,
    ridge: float,
    repeats: int,
    workers: int,
    fmt: str,
    encoding: str | None,
    max_note_bytes: int,
) -> None:
    """Fit the confidence model on labelled notes (JSON lines, as for evaluate) and choose the
    review threshold so that accepted notes reach --target exact-match accuracy.

    \b
    Use notes the rules were not tuned on (a site's own coded notes): the threshold and every
    figure printed come from cross-validation, each note scored by a model fitted without it.
    """
    from .confidence.fit import calibrate
    from .evaluate import labelled_samples
    from .io.targets import refuse_overlap, resolve_output, written
    from .lexicon.signals import SIGNALS
    from .render.text import review_text

    target_file = resolve_output(output)
    refuse_overlap(target_file, [g for g in gold if g != "-"])
    for path in gold:
        if path != "-" and not os.path.exists(path):
            raise click.UsageError(f"{path}: no such file")
    samples, errors = labelled_samples(gold, state.lexicon, encoding, max_note_bytes)
    wrong = sum(not s.correct for s in samples)
    if len(samples) < 50 or wrong < 3:
        raise click.UsageError(
            f"{len(samples):,} labelled notes with {wrong:,} coded wrong: calibration needs at least 50 notes"
            " and 3 mistakes to learn from; add notes the rules were not tuned on"
        )
    model, report = calibrate(samples, target, folds, ridge, list(gold), repeats, workers)
    with written(target_file) as handle:
        handle.write(json.dumps(model.to_dict(), indent=2) + "\n")
    if fmt == "json":
        click.echo(json.dumps({**model.to_dict(), "errors": errors}, indent=2))
        return
    click.echo(f"kneecode calibrate: {len(samples):,} notes, {wrong:,} coded wrong; model written to {output}")
    click.echo("")
    for line in review_text(report["cross_validated"]):
        click.echo(line)
    click.echo("")
    click.echo(f"weights (negative lowers confidence; bias {model.bias:+.3f}):")
    for name, weight in sorted(model.weights.items(), key=lambda kv: kv[1]):
        click.echo(f"  {weight:+7.3f}  {name}: {SIGNALS[name]}")
    if errors:
        click.echo(f"malformed lines skipped: {len(errors):,}", err=True)


@cli.command("audit")
@click.argument("claims", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--notes",
    "notes",
    multiple=True,
    type=click.Path(exists=True, allow_dash=False),
    help="Notes to audit against (folder, CSV or JSON lines, as in batch); repeatable. "
    "Not needed when the claims file has a text column.",
)
@setting_option("Setting for claims and notes that do not state one.")
@review_below_option()
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    callback=lambda ctx, param, value: _check_workers(value),
    help="Worker processes for coding the notes (default: the CPU count; 1 codes in this process).",
)
@click.option("-q", "--quiet", is_flag=True, help="No summary (reports and the exit status still say what happened).")
@click.option(
    "--id-column",
    default=None,
    help="Claims column (or JSON key) with the note id (default: id, note_id, claim_id, ...).",
)
@click.option(
    "--codes-column",
    default=None,
    help="Claims column with the claimed codes (default: codes, claimed_codes, icd10, dx_codes, ...); "
    "separators ; , | or spaces.",
)
@click.option(
    "--modifiers-column",
    default=None,
    help="Claims column with CPT modifiers such as RT, LT, 50 (default: modifiers, cpt_modifiers).",
)
@click.option(
    "--text-column", default=None, help="Claims column with the note text, when the claims file carries the notes."
)
@click.option("--glob", "glob_", default="*.txt", show_default=True, help="Which files of a notes folder are notes.")
@encoding_option("Encoding of the claims and notes files (default: UTF-8, strictly; for example cp1252).")
@max_note_bytes_option()
@click.option(
    "--detail",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write one row per verdict to this file: .csv or .jsonl (CSV onto a pipe or device).",
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write a self-contained HTML report (no network, no external assets).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Terminal summary, or a JSON object for scripts.",
)
@click.option("--redact", is_flag=True, help="Leave note text out of every report (summary, detail, HTML).")
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit with status 1 when the agreement rate is below this (0 to 1).",
)
@note_timeout_option()
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="How many disagreeing notes the summary lists.",
)
@click.pass_obj
@handle_errors
def audit_command(
    state: State,
    claims: str,
    notes: tuple[str, ...],
    setting: str,
    workers: int | None,
    quiet: bool,
    id_column: str | None,
    codes_column: str | None,
    modifiers_column: str | None,
    text_column: str | None,
    glob_: str,
    encoding: str | None,
    max_note_bytes: int,
    detail: str | None,
    html_path: str | None,
    fmt: str,
    redact: bool,
    fail_under: float | None,
    note_timeout: float,
    top: int,
) -> None:
    """Check claimed codes against the documentation of each note.

    \b
    CLAIMS is a CSV or JSON-lines file (- reads it from standard input) with a note id, the
    claimed codes (any of ; , | or spaces between them, with or without the dot, any case),
    optionally CPT modifiers, the setting and the note text. Each claimed code gets a verdict
    with its evidence, rule and guideline: supported, not supported (absent, negated, historical, family, hypothetical,
    other body part), wrong side, less specific, M25.569 with a sided code, symptom beside an
    established diagnosis, invalid code, out of scope, or side modifier mismatch; codes the
    note supports but the claim lacks are missing.

    \b
    Exit status: 0 audited; 1 agreement below --fail-under, or claims that could not be
    audited (bad rows, notes not found); 2 usage error (also an output folder that does not
    exist); 3 a report cannot be written.
    """
    from .audit.claims import ClaimOptions
    from .audit.job import AuditJob, DetailWriter, JsonAudits
    from .batch.runner import default_workers
    from .io.sources import SourceOptions
    from .io.targets import refuse_overlap, resolve_output, written
    from .render.audit import plain_summary, rich_summary
    from .render.html import HtmlReport
    from .render.text import plural

    job = AuditJob(
        claims_path=claims,
        notes=list(notes),
        claim_options=ClaimOptions(id_column, codes_column, modifiers_column, text_column, encoding=encoding),
        source_options=SourceOptions(glob=glob_, max_note_bytes=max_note_bytes, encoding=encoding),
        setting=setting,
        workers=workers or default_workers(),
        redact=redact,
        note_timeout=note_timeout,
    )
    detail_csv = bool(detail) and (_is_stream(detail or "") or (detail or "").lower().endswith(".csv"))
    if detail and not detail_csv and os.path.splitext(detail)[1].lower() not in (".jsonl", ".ndjson", ".json"):
        raise click.UsageError("--detail writes .csv or .jsonl; name the file with one of those extensions")
    if html_path and (named := _named_format(html_path)) is not None:
        raise click.UsageError(f"--html {html_path} is named as {named} output; name it .html")
    targets = {name: resolve_output(path) for name, path in (("--detail", detail), ("--html", html_path)) if path}
    for target in targets.values():
        refuse_overlap(target, [claims, *notes])
    if "--detail" in targets and "--html" in targets and targets["--detail"].path == targets["--html"].path:
        raise click.UsageError("--detail and --html name the same file")
    if claims != "-" and not os.path.exists(claims):
        raise click.UsageError(f"{claims}: no such file")
    claims_file = job.open_claims()
    with contextlib.ExitStack() as stack:
        reports: list[Any] = []
        if "--detail" in targets:
            handle = stack.enter_context(written(targets["--detail"]))
            reports.append(DetailWriter(handle, detail_csv))
        html_report = None
        if html_path:
            html_report = stack.enter_context(contextlib.closing(HtmlReport("kneecode audit report", redact)))
        json_audits = stack.enter_context(contextlib.closing(JsonAudits())) if fmt == "json" else None
        reports += [r for r in (html_report, json_audits) if r is not None]
        summary = job.run(state.lexicon, reports, claims_file)
        if html_report is not None:
            with written(targets["--html"]) as out:
                html_report.write(out, summary)
        if json_audits is not None:
            json_audits.write(sys.stdout, summary)
        elif not quiet and use_color("auto"):
            from rich.console import Console

            rich_summary(summary, top, Console(file=TerminalSafeWriter(sys.stdout)))  # type: ignore[arg-type]
        elif not quiet:
            click.echo(terminal_safe(plain_summary(summary, top)), nl=False)
    if fail_under is not None and summary.agreement_rate < fail_under:
        click.echo(f"agreement {summary.agreement_rate:.4f} is below --fail-under {fail_under}", err=True)
        sys.exit(1)
    if summary.not_audited:
        click.echo(f"{plural(summary.not_audited, 'claim')} could not be audited (see the error of each)", err=True)
        sys.exit(1)


# A letter, a digit, then 1-5 letters or digits, with an optional dot after the third and an
# optional category dash ("M17.-", "M25.56-").
_CODE_SHAPE = re.compile(r"[A-Za-z][0-9][0-9A-Za-z](?:\.?[0-9A-Za-z]{1,4})?\.?-?")


@cli.command("explain")
@click.argument("code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
@handle_errors
def explain_command(state: State, code: str, fmt: str) -> None:
    """Explain a code: official description, includes/excludes notes of the code and its
    parents, the documentation kneecode needs to support it, and the guideline references.

    Works for M25.561, M25.562, M25.569 and the definitive-diagnosis categories kneecode
    recognises (e.g. M17, M17.11, S83.2); says so when a code is outside kneecode's scope.
    """
    from .icd10.explain import explain, explanation_text

    if not code.strip():
        raise click.UsageError("give a code, for example M25.561 or M17.11")
    from .io.decode import printable_id, text_problem

    if len(code) > 40 or text_problem(code) is not None:
        shown = printable_id(code[:40]) + ("..." if len(code) > 40 else "")
        raise click.UsageError(f"{shown!r} is not a code: ICD-10-CM codes have 3 to 7 characters, as in M25.561")
    if not _CODE_SHAPE.fullmatch(code.strip()):
        raise click.UsageError(
            f"{code.strip()!r} is not a code: an ICD-10-CM code is a letter, a digit and 1 to 5 more"
            " letters or digits, as in M25.561 or S80.02XA"
        )
    info = explain(code, state.lexicon)
    if fmt == "json":
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        click.echo(explanation_text(info), nl=False)
    if info["scope"] == "invalid":
        sys.exit(1)


def _check_workers(workers: int | None) -> int | None:
    """Coding is CPU-bound: workers beyond a few per CPU only take memory, and a mistyped count
    (--workers 100000) would fork until the machine gives out."""
    cpus = os.cpu_count() or 1
    most = max(8, 4 * cpus)
    if workers is not None and workers > most:
        raise click.BadParameter(f"{workers} is more than this machine can use ({cpus} CPUs: at most {most})")
    return workers


class _StopOnce:
    """Ctrl-C or SIGTERM stops the command (as KeyboardInterrupt, exit 130); more presses while it
    stops are ignored, so that its clean-up (the checkpoint, the worker pool) runs to the end."""

    def __init__(self) -> None:
        self.stopping = False

    def __call__(self, signum: int, frame: Any) -> None:
        if not self.stopping:
            self.stopping = True
            raise KeyboardInterrupt


def main() -> None:
    stop = _StopOnce()
    for sig in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(sig) != signal.SIG_IGN:  # nohup and background jobs keep ignoring it
            signal.signal(sig, stop)
    try:
        cli(prog_name="kneecode")
    except KeyboardInterrupt:  # pressed after the command finished, before click exited
        sys.exit(130)
    finally:
        # The command has ended: a press during interpreter shutdown (threads and workers
        # being joined) would otherwise kill the process with its default action.
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
