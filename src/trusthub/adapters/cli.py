"""The `trusthub` command: check, build, serve, new-school, schema, cms, fmt."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import time
from itertools import groupby
from pathlib import Path

import click

from trusthub.content.dates import TODAY_ENV, reference_date
from trusthub.content.diagnostics import Report, Severity
from trusthub.content.notices import NoticeError, add_notice, notice_fields
from trusthub.content.repo import load_repo
from trusthub.content.scaffold import ScaffoldError, new_school
from trusthub.content.schema import SCHEMA_DIR, write_schemas
from trusthub.governance import write_codeowners
from trusthub.governance.check import check_repo

ROOT = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The trust repository (holds brand/ and schools/).",
)


@click.group()
@click.version_option(package_name="trusthub")
def main() -> None:
    """Build and check a school trust's identity and brand hub."""


def print_report(report: Report, fmt: str, strict: bool) -> None:
    """Errors before warnings, grouped by file, then a summary line."""
    ordered = sorted(
        report, key=lambda d: (d.severity is not Severity.error, d.path, d.line, d.col)
    )
    if fmt == "github":
        for diagnostic in ordered:
            click.echo(diagnostic.github())
    else:
        for path, group in groupby(ordered, key=lambda d: (d.severity, d.path)):
            del path
            for diagnostic in group:
                colour = "red" if diagnostic.severity is Severity.error else "yellow"
                click.echo(click.style(str(diagnostic), fg=colour))
    summary = report.summary()
    if strict and report.warnings:
        summary += " Warnings are errors with --strict."
    click.echo(summary, err=fmt == "github")


@main.command()
@ROOT
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["human", "github"]),
    default="human",
    help="human: one line per problem; github: GitHub Actions annotations.",
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Judge statutory information as if on this date (YYYY-MM-DD).",
)
@click.option("--fix", is_flag=True, help="First run `trusthub fmt` (restore schema lines).")
def check(root: Path, fmt: str, strict: bool, today: dt.datetime | None, fix: bool) -> None:
    """Check every file for problems, without building the site."""
    start = time.perf_counter()
    if fix:
        _format(root, err=fmt == "github")
    _repo, report = check_repo(root, today.date() if today else None)
    print_report(report, fmt, strict)
    if fmt == "human":
        click.echo(f"Checked in {time.perf_counter() - start:.2f} s.")
    sys.exit(1 if report.failed(strict) else 0)


@main.command()
@ROOT
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=f"Where to write the schemas (default: <root>/{SCHEMA_DIR}).",
)
def schema(root: Path, out: Path | None) -> None:
    """Write the JSON Schemas that editors use to check the YAML files."""
    for path in write_schemas(out or root / SCHEMA_DIR):
        click.echo(f"wrote {path}")


@main.command()
@ROOT
def codeowners(root: Path) -> None:
    """Write .github/CODEOWNERS from each school's owners."""
    repo, _report = load_repo(root)
    path = write_codeowners(repo)
    click.echo(f"wrote {path.relative_to(repo.root)}")


@main.command()
@ROOT
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the configuration to this file (default: print it).",
)
def cms(root: Path, out: Path | None) -> None:
    """The web editor's configuration (Decap CMS's config.yml), generated from the models.

    The staff build serves the editor at /admin/ with this configuration; brand/cms.yml
    says which git host it saves to."""

    from trusthub.content.cms import cms_config

    repo, report = load_repo(root)
    if report.errors:
        print_report(report, "human", strict=False)
        raise click.ClickException("fix these first: the editor is made from valid files")
    generated = cms_config(repo)
    text = generated.yaml()
    if out is None:
        click.echo(text, nl=False)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    for name in generated.skipped:
        click.echo(f"not editable in the browser (edit the file in git): {name}", err=True)


@main.command("fmt")
@ROOT
def fmt_command(root: Path) -> None:
    """Put back the yaml-language-server line (autocompletion in editors) that the web
    editor drops when it saves a YAML file; nothing else changes."""
    _format(root)


def _format(root: Path, err: bool = False) -> None:
    from trusthub.content.fmt import format_repo

    for path in format_repo(root):
        click.echo(f"formatted {path.relative_to(root)}", err=err)


@main.command()
def blocks() -> None:
    """List the blocks pages can use, with their argument and options."""
    from trusthub.content.blocks import BLOCKS

    for spec in BLOCKS.values():
        argument = {"none": "", "school?": " [| school]"}.get(spec.argument, f" | {spec.argument}")
        options = f"  (options: {', '.join(spec.options)})" if spec.options else ""
        click.echo(f"/// {spec.name}{argument}\n    {spec.summary}{options}")


@main.command("new-school")
@ROOT
@click.argument("slug")
@click.option("--name", required=True, help='The school\'s full name, e.g. "Oakfield Primary".')
def new_school_command(root: Path, slug: str, name: str) -> None:
    """Create schools/SLUG/ with a valid school.yml, logo and first page."""
    repo, _report = load_repo(root)
    try:
        folder = new_school(repo, slug, name)
    except ScaffoldError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"Created {folder.relative_to(repo.root)}/ — edit school.yml, then run `trusthub check`."
    )


def build_date(_ctx: click.Context, _param: click.Parameter, value: dt.datetime | None) -> None:
    """``--today``: the one date the whole run judges by (notices, key dates, statutory dates),
    passed on as TRUSTHUB_TODAY so every part of the build, and the engine, reads the same."""
    if value is not None:
        os.environ[TODAY_ENV] = value.date().isoformat()


TODAY = click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    expose_value=False,
    callback=build_date,
    help=f"Build as if on this date (YYYY-MM-DD): which notices show, the next key dates. "
    f"Default: ${TODAY_ENV}, else today.",
)

ENGINE = click.option(
    "--engine",
    type=click.Choice(["mkdocs", "properdocs", "zensical"]),
    default="mkdocs",
    show_default=True,
    help="What renders the build tree: MkDocs or ProperDocs with Material, or Zensical.",
)


@main.command()
@ROOT
@click.option(
    "--audience",
    type=click.Choice(["public", "staff"]),
    default="public",
    show_default=True,
    help="staff includes pages marked audience: staff.",
)
@click.option(
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write the site (default: site/, or site-staff/ for staff).",
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@ENGINE
@TODAY
def build(root: Path, audience: str, site_dir: Path | None, strict: bool, engine: str) -> None:
    """Build the website."""
    from trusthub.adapters.engines import BuildFailed, build_site

    try:
        out = build_site(root, engine, audience=audience, site_dir=site_dir, strict=strict)
    except BuildFailed as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Built the {audience} site in {out} with {engine}")


@main.command()
@ROOT
@click.option("--audience", type=click.Choice(["public", "staff"]), default="public")
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True)
@click.option(
    "--school",
    "schools",
    multiple=True,
    metavar="SLUG",
    help="Preview only this school's section (repeatable): near-instant rebuilds.",
)
@ENGINE
@TODAY
def serve(root: Path, audience: str, dev_addr: str, schools: tuple[str, ...], engine: str) -> None:
    """Preview the site locally; rebuilds when files change."""
    from trusthub.adapters.engines import BuildFailed, serve_site

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the engine's server too
    try:
        serve_site(root, engine, audience=audience, dev_addr=dev_addr, schools=schools)
    except BuildFailed as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        pass


@main.group()
def notice() -> None:
    """Urgent notices: the banner on every page of the trust's site or of one school."""


@notice.command("add")
@ROOT
@click.argument("scope")
@click.argument("message")
@click.option(
    "--until",
    type=click.DateTime(["%Y-%m-%d"]),
    required=True,
    help="The last day it shows (YYYY-MM-DD); the next build after it leaves it out.",
)
@click.option(
    "--from",
    "starts",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="The first day it shows (default: today).",
)
@click.option(
    "--severity",
    type=click.Choice(["info", "warning", "urgent"]),
    default="urgent",
    show_default=True,
    help="urgent: the school is closed; warning: act on it; info: worth knowing.",
)
@click.option(
    "--link", default=None, help="A page of the section (contact.md) or https:// address."
)
@click.option("--link-text", default=None, help='The link\'s words (default "Read more").')
def notice_add(
    root: Path,
    scope: str,
    message: str,
    until: dt.datetime,
    starts: dt.datetime | None,
    severity: str,
    link: str | None,
    link_text: str | None,
) -> None:
    """Add a notice for SCOPE ("trust" or a school's folder name) saying MESSAGE.

    \b
    trusthub notice add brookfield "Brookfield is closed today because of snow." \\
        --until 2026-12-01 --link contact.md
    """
    fields = notice_fields(
        message,
        until.date(),
        starts.date() if starts else reference_date(),
        severity,
        link,
        link_text,
    )
    try:
        shown, before = add_notice(root.resolve(), scope, fields)
    except NoticeError as exc:
        raise click.ClickException(str(exc)) from None
    _repo, report = check_repo(root)  # what only the whole site can tell: the link's page
    problems = [d for d in report.errors if d.path == shown]
    if problems:
        path = root / shown
        if before is None:
            path.unlink()
        else:
            path.write_text(before, encoding="utf-8")
        raise click.ClickException("\n".join(str(d) for d in problems))
    click.echo(
        f"Added to {shown}. It shows on the next build, until the end of "
        f"{until:%A} {until.day} {until:%B %Y}: commit and push it to publish."
    )


if __name__ == "__main__":
    main()
