"""Every input format, built from the real seed pages, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from marsad import api
from marsad.errors import InputError
from marsad.ingest.encoding import decode
from marsad.ingest.readers import iter_pages

from marsad.api import bundled_corpus

SEEDS = bundled_corpus()


def _seed(prefix="000"):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.stem, path.read_text("utf-8")


def _pages(paths, **kw):
    return list(iter_pages([str(p) for p in paths], **kw))


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-16-le", "utf-8-sig", "utf-8"])
def test_encodings_decode_to_the_same_text(tmp_path, encoding):
    stem, text = _seed("002")
    text = text.replace("“", '"').replace("”", '"')  # cp1256 has no curly quotes
    path = tmp_path / f"{stem}.txt"
    path.write_bytes(text.encode(encoding))
    [page] = _pages([path])
    assert page.text == text
    assert page.id == stem


def test_iso_8859_6_is_told_from_cp1256(tmp_path):
    _, text = _seed("000")
    line = next(l for l in text.splitlines() if l.startswith("ستواصل"))
    line = line.split(" اليوم")[0]  # ISO-8859-6 has no Latin-1 or curly punctuation
    path = tmp_path / "iso.txt"
    path.write_bytes(line.encode("iso8859_6"))
    [page] = _pages([path])
    assert page.text == line


def test_html_page_goes_through_trafilatura(tmp_path):
    stem, text = _seed("004")
    lines = [l for l in text.splitlines() if l.strip()]
    title, paras = lines[0], [l for l in lines if l.startswith(("اتفقت", "وقال", "وأضاف"))]
    html = (
        f"<html><head><meta charset='windows-1256'><title>{title} | الجزيرة نت</title></head><body>"
        "<nav><a href='/'>الرئيسية</a> <a href='/news'>أخبار</a></nav>"
        f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article>"
        "<footer>جميع الحقوق محفوظة لشبكة الجزيرة</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1256", errors="ignore"))
    [doc] = api.process(path)
    assert doc.title == title
    assert doc.outlet.name == "Al Jazeera"
    assert paras[0] in doc.body and "جميع الحقوق" not in doc.body and "الرئيسية" not in doc.body
    assert doc.source.format == "html"


def test_jsonl_records_keep_their_ids_and_report_bad_lines(tmp_path):
    _, text = _seed("003")
    good = {"id": "enab-1", "url": "https://www.enabbaladi.net/archives/1", "text": text, "clean": False}
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n", "utf-8")
    items = _pages([path])
    assert [type(i).__name__ for i in items] == ["Page", "InputError", "InputError"]
    assert items[0].id == "enab-1" and items[0].source.url.startswith("https://www.enabbaladi.net")
    assert "batch.jsonl:2" in str(items[1]) and "invalid JSON" in str(items[1])
    assert "batch.jsonl:3" in str(items[2])
    [doc] = api.process(path)
    assert doc.outlet.name == "Enab Baladi"
    assert "ادعم عنب بلدي" not in doc.body


def _warc(records: list[tuple[str, str]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, html in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


def _html_of(prefix):
    _, text = _seed(prefix)
    lines = [l for l in text.splitlines() if l.strip()]
    return "<html><body><article>" + "".join(f"<p>{l}</p>" for l in lines) + "</article></body></html>"


@pytest.mark.parametrize("gz", [True, False])
def test_warc_records_become_pages_with_ids_from_urls(tmp_path, gz):
    data = _warc([("https://www.arab48.com/a/1", _html_of("002")), ("https://www.enabbaladi.net/a/2", _html_of("003"))], gz)
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data)
    pages = _pages([path])
    assert len(pages) == 2 and all(p.html for p in pages)
    assert pages[0].id != pages[1].id and pages[0].id == _pages([path])[0].id  # stable
    docs = api.process(path)
    assert {d.outlet.name for d in docs} == {"Arab48", "Enab Baladi"}


def test_truncated_warc_gz_keeps_the_records_before_the_cut(tmp_path):
    data = _warc([("https://www.arab48.com/a/1", _html_of("002")), ("https://www.arab48.com/a/2", _html_of("000"))], True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 300])
    items = _pages([path])
    assert sum(1 for i in items if not isinstance(i, InputError)) == 1
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "cut.warc.gz" in str(errors[0]) and "M105" in str(errors[0])


def test_bad_inputs_are_one_line_errors_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"id": 1, "text": "x"}\n')[:-8])
    stem, text = _seed("000")
    (tmp_path / f"{stem}.txt").write_text(text, "utf-8")
    items = list(api.iter_process([str(tmp_path)]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    docs = [i for i in items if not isinstance(i, InputError)]
    assert [d.id for d in docs] == [stem]
    assert len(errors) == 3
    assert all("\n" not in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("image.txt" in e and "binary" in e for e in errors)
    assert any("broken.jsonl.gz" in e for e in errors)


def test_stdin_and_globs(tmp_path):
    stem, text = _seed("001")
    (tmp_path / f"{stem}.txt").write_text(text, "utf-8")
    pages = list(iter_pages([str(tmp_path / "*.txt")]))
    assert [p.id for p in pages] == [stem]
    [page] = list(iter_pages(["-"], stdin=io.BytesIO(text.encode("cp1256", errors="replace"))))
    assert page.id.startswith("stdin_") and "عربي21" in page.text


def test_missing_path_is_reported():
    [err] = list(iter_pages(["/nonexistent/page.txt"]))
    assert isinstance(err, InputError) and "/nonexistent/page.txt" in str(err) and "no such file" in str(err)


def test_a_folder_without_pages_says_what_it_reads(tmp_path):
    """A folder of TimeML .tml files is there, but holds nothing marsad reads."""
    (tmp_path / "doc1.tml").write_text("<TimeML>...</TimeML>", "utf-8")
    [err] = list(iter_pages([str(tmp_path)]))
    assert "[M110]" in str(err) and ".txt" in str(err) and "no such file" not in str(err)
    [err] = list(iter_pages([str(tmp_path / "*.txt")]))
    assert "[M110]" in str(err)


def test_decode_rejects_empty_and_names_the_file():
    with pytest.raises(InputError, match=r"\[M102\] x.txt"):
        decode(b"  \n", "x.txt")


def test_a_corrupt_archive_error_quotes_no_bytes(tmp_path):
    """warcio's message quotes the first line it could not read: binary junk in a one-line error."""
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(bytes(range(256)) * 12)
    (error,) = [i for i in _pages([path]) if isinstance(i, InputError)]
    message = str(error)
    assert "junk.warc.gz" in message and "M105" in message
    assert message.isprintable() and len(message) < 200 and "first line" not in message
