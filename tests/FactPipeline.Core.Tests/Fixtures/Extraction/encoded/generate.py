# Regenerates the legacy-encoded fixtures from their UTF-8 sources: python3 generate.py
# The outputs are committed; this script documents how they were made.
import pathlib

here = pathlib.Path(__file__).parent
sources = {
    "ko-article.txt": ("ko-euckr.txt", "euc-kr"),
    "zh-article.txt": ("zh-gb18030.txt", "gb18030"),
    "en-latin.txt": ("en-windows1252.txt", "cp1252"),
}
for source, (target, codec) in sources.items():
    text = (here.parent / source).read_text(encoding="utf-8")
    (here / target).write_bytes(text.encode(codec))

# A PNG header followed by binary noise: what a mislabelled image looks like.
(here / "image-named-txt.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)

# A normal page with three stray NUL bytes (before <body>, inside the first sentence, at the end): still text.
page = (here.parent / "article-no-article-element.html").read_bytes()
body = page.index(b"<body")
inside = page.index(b"Exports rose") + len(b"Exports rose")
(here / "stray-nul-bytes.html").write_bytes(page[:body] + b"\x00" + page[body:inside] + b"\x00" + page[inside:] + b"\x00")
