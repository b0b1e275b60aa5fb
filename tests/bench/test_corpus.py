import json

from marsad import api
from marsad.bench import corpus


def test_the_synthetic_corpus_is_the_same_every_time_and_like_news_articles():
    first = [a.record() for a in corpus.articles(40)]
    assert first == [a.record() for a in corpus.articles(40)]
    assert first != [a.record() for a in corpus.articles(40, seed=1)]
    lengths = [len(r["text"]) for r in first]
    assert min(lengths) >= corpus.MIN_CHARS and 1500 <= sum(lengths) / len(lengths) <= 2600
    assert sum(1 for r in first if "published" in r) == 20
    _, pool = corpus.sentence_pool()
    assert all(any(s[:12] in r["text"] for s in pool) for r in first)


def test_html_pages_and_warc_hold_the_article_and_its_chrome(tmp_path):
    [article] = corpus.articles(1)
    page = article.html()
    assert "<article>" in page and corpus.CHROME_BOTTOM[1] in page
    path = tmp_path / "a.warc.gz"
    path.write_bytes(corpus.warc_bytes([article]))
    [doc] = api.process(path)
    assert doc.source.url == article.url and doc.title == article.title
    assert corpus.CHROME_BOTTOM[1] not in doc.body
    assert article.paragraphs[0].split()[0] in doc.body


def test_shards_split_the_articles_evenly(tmp_path):
    items = list(corpus.articles(10))
    paths = corpus.write_shards(tmp_path, items, 3)
    rows = [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines()]
    assert [len(p.read_text("utf-8").splitlines()) for p in paths] == [4, 4, 2]
    assert [r["id"] for r in rows] == [a.id for a in items]
