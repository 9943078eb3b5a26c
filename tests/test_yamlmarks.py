from __future__ import annotations

import datetime as dt

import pytest

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
