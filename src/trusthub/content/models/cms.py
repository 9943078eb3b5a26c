"""brand/cms.yml: where the web editor (Decap CMS, at /admin/ in the staff build) saves.

Everything else in the editor's configuration is generated from the other models
(:mod:`trusthub.content.cms`); this file only says which git host it commits to.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from trusthub.content.models.base import StrictModel, Text, WebAddress

REPO_PATTERN = r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"


class Backend(StrEnum):
    """The git hosts Decap CMS commits to."""

    github = "github"
    gitea = "gitea"
    gitlab = "gitlab"
    bitbucket = "bitbucket"
    azure = "azure"


class CmsSettings(StrictModel):
    """brand/cms.yml"""

    backend: Backend = Field(default=Backend.github, description="The git host.")
    repo: Annotated[str, Field(pattern=REPO_PATTERN)] = Field(
        default="aldermere/trusthub-site",
        description="The repository as owner/name, e.g. aldermere/trusthub-site.",
    )
    branch: Text = Field(default="main", description="The branch the site is published from.")
    base_url: WebAddress | None = Field(
        default=None,
        description="GitHub: the OAuth server that signs editors in (a small service the "
        "trust runs, e.g. https://cms-auth.aldermere.org.uk).",
    )
    api_root: WebAddress | None = Field(
        default=None,
        description="Gitea or Forgejo: the API's address, e.g. https://git.aldermere.org.uk/api/v1.",
    )
    app_id: Text | None = Field(
        default=None, description="Gitea or Forgejo: the OAuth application's client id."
    )
    editorial_workflow: bool = Field(
        default=True,
        description="Each save becomes a branch and a pull request (reviewed, then merged), "
        "instead of a commit straight to the branch.",
    )
    local_backend: WebAddress = Field(
        default="http://localhost:8081/api/v1",
        description="Where `npx decap-server` listens when someone edits on their own "
        "computer (the editor uses it when it answers, and the git host otherwise).",
    )
