"""The font finder: Windows fonts from the Windows folder first, a TrueType CJK font here, and the
built-in STSong-Light (not embedded) only when nothing else exists."""

from pathlib import Path

from stationdesk.printing import fonts


def test_windows_fonts_are_looked_for_in_the_windows_font_folder_in_order(monkeypatch, tmp_path):
    monkeypatch.delenv("STATIONDESK_FONT", raising=False)
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    candidates = [Path(path) for path, _index in fonts._candidates()]
    folder = tmp_path / "Windows" / "Fonts"
    assert candidates[:4] == [folder / "msyh.ttc", folder / "msyh.ttf", folder / "simhei.ttf", folder / "simsun.ttc"]


def test_an_override_comes_first(monkeypatch, tmp_path):
    monkeypatch.setenv("STATIONDESK_FONT", str(tmp_path / "my.ttf"))
    assert fonts._candidates()[0] == (str(tmp_path / "my.ttf"), 0)


def test_this_machine_prints_with_an_embedded_truetype_font():
    font = fonts.print_font()
    assert font.embedded and font.path and font.path.lower().endswith((".ttf", ".ttc"))


def test_without_any_truetype_font_the_builtin_cid_font_is_the_last_resort(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "_candidates", lambda: [(str(tmp_path / "missing.ttc"), 0)])
    font = fonts.print_font.__wrapped__()
    assert (font.name, font.path, font.embedded) == ("STSong-Light", None, False)
