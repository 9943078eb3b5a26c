from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from trusthub.content.yamlmarks import YamlSyntaxError, load_yaml


def test_marks_point_at_keys_and_values() -> None:
    data, marks = load_yaml("name: Oak\ncolours:\n  primary: '#123456'\nlist:\n  - a\n  - b\n")
    assert data == {"name": "Oak", "colours": {"primary": "#123456"}, "list": ["a", "b"]}
    assert marks.key(("colours", "primary")) == (3, 3)
    assert marks.value(("colours", "primary")) == (3, 12)
    assert marks.value(("list", 1)) == (6, 5)


def test_missing_paths_fall_back_to_nearest_parent() -> None:
    _, marks = load_yaml("colours:\n  primary: red\n")
    assert marks.value(("colours", "accent")) == (2, 3)


def test_line_offset_for_front_matter() -> None:
    _, marks = load_yaml("title: Hi\narea: x\n", line_offset=1)
    assert marks.value(("area",)) == (3, 7)


def test_dates_and_numbers_as_keys_stay_usable() -> None:
    data, _ = load_yaml("2024-01-01: a\n1: b\ndate: 2025-09-01\n")
    assert data == {"2024-01-01": "a", "1": "b", "date": dt.date(2025, 9, 1)}


def test_syntax_error_has_position_and_hint() -> None:
    with pytest.raises(YamlSyntaxError) as info:
        load_yaml("name: Oak\nmotto: Learn: grow\n")
    assert info.value.where == (2, 13)
    assert info.value.message == "YAML syntax error: mapping values are not allowed in this context"
    assert "quotes" in info.value.hint


def test_unsafe_tags_are_refused() -> None:
    with pytest.raises(YamlSyntaxError) as info:
        load_yaml("x: !!python/object/apply:os.system ['true']\n")
    assert info.value.where == (1, 4)
    assert (
        info.value.message
        == 'YAML tag "tag:yaml.org,2002:python/object/apply:os.system" is not allowed'
    )
    with pytest.raises(YamlSyntaxError, match="cannot be read"):
        load_yaml("x: !!python/name:os.system\n")


@pytest.mark.parametrize("text", ["? {a: 1}\n: x\n", "name: Oak\n? [a, b]\n: x\n"])
def test_a_list_or_map_as_a_key_is_refused_where_it_was_written(text: str) -> None:
    with pytest.raises(YamlSyntaxError) as info:
        load_yaml(text)
    assert info.value.where == (text.count("\n", 0, text.index("?")) + 1, 3)
    assert info.value.message == "a YAML key must be a plain word, not a list or map"
    assert info.value.hint == "write the key as text, like name: or colours:"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("a: 1\nb: !!python/name:os.system\n", (3, 4)),
        ("a: 1\nb: !!set {x}\n", (3, 4)),
        ("a: 1\n? [x]\n: 1\n", (3, 3)),
        ("a: 1\nb: &x 1\n", (3, 4)),
    ],
)
def test_errors_in_front_matter_are_at_the_files_own_line(
    text: str, where: tuple[int, int]
) -> None:
    with pytest.raises(YamlSyntaxError) as info:
        load_yaml(text, line_offset=1)  # after the page's opening ---
    assert info.value.where == where


_SCALARS = st.one_of(
    st.text(max_size=20),
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.none(),
    st.dates(),
    st.floats(allow_nan=False, allow_infinity=False),
)
_DATA = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=25,
)


@given(data=st.dictionaries(st.text(max_size=8), _DATA, max_size=5), flow=st.booleans())
@settings(max_examples=150, deadline=None)
def test_reads_what_pyyaml_reads_and_marks_every_value(data: dict[str, Any], flow: bool) -> None:
    """The loader is its own pass over PyYAML's events: it must give what PyYAML's
    safe_load gives, and a mark for every value, on the line PyYAML's parser says."""
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    loaded, marks = load_yaml(text, line_offset=2)
    assert loaded == yaml.safe_load(text)
    lines = {(e.start_mark.line + 1, e.start_mark.column + 1) for e in yaml.parse(text)}

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        line, col = marks.value(path)
        assert (line - 2, col) in lines and path in marks.values
        if isinstance(value, dict | list):
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                walk(item, (*path, key))

    walk(loaded, ())
