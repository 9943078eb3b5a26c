"""The web editor (Decap CMS): its configuration, generated from the content models."""

from trusthub.content.cms.config import CmsConfig, cms_config

__all__ = ["CmsConfig", "cms_config"]
