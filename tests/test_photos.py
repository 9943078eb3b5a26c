"""Published photos: metadata (GPS above all) removed, upright, resized, WebP."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from trusthub.graphics import jobs
from trusthub.graphics.photos import (
    MAX_EDGE,
    MAX_PHOTO_BYTES,
    WIDTHS,
    PhotoError,
    PublishedPhoto,
    publish_photo,
    published_size,
)

GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE = 0x010F


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[MAKE] = "SafeguardingTestPhone"
    exif[ORIENTATION] = orientation
    exif[GPS_IFD] = {
        1: "N",
        2: (51.0, 30.0, 26.5),  # latitude
        3: "W",
        4: (0.0, 7.0, 39.0),  # longitude
        5: 0,
        6: 35.0,  # altitude
    }
    return exif


def photo(size: tuple[int, int] = (4000, 3000), orientation: int = 1, fmt: str = "JPEG") -> bytes:
    """A test photo: blue, with a red block in its top-left corner."""
    image = Image.new("RGB", size, "#336699")
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 4, size[1] // 6), fill="#ff0000")
    out = io.BytesIO()
    image.save(out, fmt, exif=exif_with_gps(orientation), quality=85)
    return out.getvalue()


@pytest.fixture(scope="module")
def published() -> tuple[bytes, str]:
    return publish_photo(photo(orientation=6), "trip/beach.jpg")


def test_the_source_really_carries_gps() -> None:
    with Image.open(io.BytesIO(photo((40, 30)))) as image:
        assert image.getexif().get_ifd(GPS_IFD)[2] == (51.0, 30.0, 26.5)


def test_published_photo_has_no_exif(published: tuple[bytes, str]) -> None:
    data, extension = published
    assert extension == ".webp"
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "WEBP"
        assert not image.getexif()
        assert not image.getexif().get_ifd(GPS_IFD)
        assert "exif" not in image.info and "xmp" not in image.info
        assert "icc_profile" not in image.info
    for marker in (b"Exif", b"EXIF", b"XMP ", b"ICCP", b"SafeguardingTestPhone"):
        assert marker not in data


def test_long_edge_at_most_2000_and_orientation_applied(published: tuple[bytes, str]) -> None:
    with Image.open(io.BytesIO(published[0])) as webp:
        image = webp.convert("RGB")
    # 4000 x 3000 stored, EXIF orientation 6 (rotate 90° clockwise to view):
    assert image.size == (1500, MAX_EDGE)
    # The red block, top left as stored, is top right once upright.
    red, green, blue = image.getpixel((image.width - 20, 20))  # type: ignore[misc]
    assert red > 200 and green < 60 and blue < 60
    assert image.getpixel((20, 20))[0] < 100  # type: ignore[index]


def test_deterministic(published: tuple[bytes, str]) -> None:
    assert publish_photo(photo(orientation=6), "trip/beach.jpg") == published


def test_small_photo_keeps_its_size() -> None:
    data, _ = publish_photo(photo((640, 480)), "small.jpg")
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (640, 480)


def test_png_with_transparency_keeps_alpha() -> None:
    image = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((50, 50, 250, 150), fill=(200, 30, 30, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    data, extension = publish_photo(out.getvalue(), "badge.png")
    assert extension == ".webp"
    with Image.open(io.BytesIO(data)) as published:
        assert published.mode == "RGBA"
        assert published.getpixel((5, 5))[3] == 0  # type: ignore[index]
        assert published.getpixel((150, 100))[3] == 255  # type: ignore[index]


def test_opaque_png_becomes_rgb() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (30, 20), (10, 20, 30, 255)).save(out, "PNG")
    with Image.open(io.BytesIO(publish_photo(out.getvalue(), "flat.png")[0])) as published:
        assert published.mode == "RGB"


def test_not_an_image_is_refused_with_the_file_name() -> None:
    with pytest.raises(PhotoError, match=r"^schools/brookfield/images/notes\.jpg: not an image"):
        publish_photo(b"%PDF-1.7 this is a PDF", "schools/brookfield/images/notes.jpg")


def test_heic_gets_a_hint() -> None:
    with pytest.raises(PhotoError, match=r"^IMG_0001\.HEIC: .*export the photo as JPEG"):
        publish_photo(b"\0\0\0\x18ftypheic" + b"\0" * 64, "IMG_0001.HEIC")


def test_truncated_image_is_refused() -> None:
    data = photo((400, 300))
    with pytest.raises(PhotoError, match=r"^cut\.jpg: "):
        publish_photo(data[: len(data) // 3], "cut.jpg")


def test_over_20_mb_is_refused_with_the_file_name() -> None:
    data = b"\xff\xd8" + b"\0" * MAX_PHOTO_BYTES
    with pytest.raises(PhotoError, match=r"^big\.jpg: the file is 20\.0 MB, over the 20 MB limit"):
        publish_photo(data, "big.jpg")


@pytest.mark.parametrize(
    ("size", "message"),
    [
        ((9_500, 9_000), "the image is 9500 x 9000 pixels, more than 80 megapixels"),
        ((12_000, 8_000), "the image has over 80 megapixels"),  # past Pillow's own limit
    ],
)
def test_decompression_bomb_is_refused(size: tuple[int, int], message: str) -> None:
    out = io.BytesIO()
    Image.new("1", size).save(out, "PNG")  # a tiny file that decodes into a huge picture
    assert len(out.getvalue()) < 1_000_000
    with pytest.raises(PhotoError, match=rf"^bomb\.png: {message}; export it"):
        publish_photo(out.getvalue(), "bomb.png")


@pytest.mark.parametrize(
    ("size", "orientation"), [((4000, 3000), 6), ((4001, 2999), 1), ((640, 480), 8), ((90, 60), 1)]
)
def test_published_size_is_read_from_the_header_as_publishing_makes_it(
    tmp_path: Path, size: tuple[int, int], orientation: int
) -> None:
    source = tmp_path / "hall.jpg"
    source.write_bytes(photo(size, orientation=orientation))
    with Image.open(io.BytesIO(publish_photo(source.read_bytes(), "hall.jpg")[0])) as image:
        assert published_size(source) == image.size


def test_a_photo_job_writes_its_narrower_copies(tmp_path: Path) -> None:
    source = tmp_path / "hall.jpg"
    source.write_bytes(photo((3000, 1200)))
    smaller = [(width, str(tmp_path / f"hall-{width}w.webp")) for width in WIDTHS]
    data = jobs.photo(str(source), smaller)
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (2000, 800)
    for width, path in smaller:
        with Image.open(path) as image:
            assert (image.format, image.size) == ("WEBP", (width, width * 2 // 5))
            assert not image.getexif() and "icc_profile" not in image.info


def test_srcset_addresses_are_escaped_and_sit_beside_the_photo() -> None:
    published = PublishedPhoto(2000, 800, ((640, "a/Sports day, 2026-640w.webp"),))
    assert published.srcset("../a/Sports day, 2026.webp") == (
        "../a/Sports%20day%2C%202026-640w.webp 640w, ../a/Sports%20day%2C%202026.webp 2000w"
    )


def test_an_unreadable_photo_has_no_size(tmp_path: Path) -> None:
    (tmp_path / "x.jpg").write_bytes(b"not a photo")
    assert published_size(tmp_path / "x.jpg") is None
