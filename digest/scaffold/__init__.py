"""`digest new`: a ready-to-build project folder, from files shipped with the package."""

from digest.scaffold.project import (
    PLACEHOLDER_SITE_URL,
    ProjectExistsError,
    new_project,
    render_workflow,
)

__all__ = ["PLACEHOLDER_SITE_URL", "ProjectExistsError", "new_project", "render_workflow"]
