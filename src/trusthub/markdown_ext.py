"""A Python-Markdown extension that renders trusthub blocks with pymdownx.blocks.

    /// school-values | brookfield
    compact: true
    ///

The extension holds a :class:`~trusthub.site.blocks.BlockContext`; whoever
renders pages (the MkDocs plugin) sets ``context.page_url`` before each page.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from markdown import Markdown
from markdown.util import AtomicString
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_any

from .site.blocks import BLOCKS, BlockContext, BlockError, BlockSpec, render_block


class BlockRenderError(Exception):
    """A block that cannot be rendered; the message names the block and why."""


def _block_class(spec: BlockSpec, context: BlockContext) -> type[Block]:
    class TrustBlock(Block):
        NAME = spec.name
        ARGUMENT = None if spec.argument != "none" else False
        OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {
            name: (default, type_any) for name, (default, _) in spec.options.items()
        }

        def on_create(self, parent: etree.Element) -> etree.Element:
            return etree.SubElement(parent, "div", {"class": f"th-block th-block--{spec.name}"})

        def on_markdown(self) -> str:
            return "raw"

        def on_end(self, block: etree.Element) -> None:
            given = {
                k: v
                for k, v in self.options.items()
                if k != "attrs" and v != spec.options.get(k, (None,))[0]
            }
            try:
                html = render_block(context, spec.name, self.argument, given)
            except BlockError as exc:
                raise BlockRenderError(
                    f"/// {spec.name}: {exc} (on {context.page_url or '/'})"
                ) from None
            block.text = AtomicString(self.md.htmlStash.store(html))

    TrustBlock.__name__ = f"{spec.name.title().replace('-', '')}Block"
    return TrustBlock


class TrustBlocksExtension(BlocksExtension):
    """Registers every block in :data:`~trusthub.site.blocks.BLOCKS`."""

    def __init__(self, context: BlockContext, **kwargs: Any) -> None:
        self.context = context
        self.block_classes = [_block_class(spec, context) for spec in BLOCKS.values()]
        super().__init__(**kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        for block_class in self.block_classes:
            block_mgr.register(block_class, {})
