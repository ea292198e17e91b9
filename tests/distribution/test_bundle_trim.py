"""What the Linux bundle leaves out: unused plugins, host libraries, and what nothing needs."""

from __future__ import annotations

from bundle_trim import Entry, dropped_reason, trim


def binary(dest: str, kind: str = "BINARY") -> Entry:
    return Entry(dest, f"/build/{dest}", kind)


def test_embedded_platforms_tuio_and_the_gtk_theme_are_left_out() -> None:
    for dest in (
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "rapidfuzz/fuzz_cpp_avx2.cpython-312-x86_64-linux-gnu.so",
    ):
        assert dropped_reason(binary(dest)) == "not used by SafeRest", dest


def test_the_platforms_a_desktop_needs_stay() -> None:
    for dest in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "rapidfuzz/fuzz_cpp.cpython-312-x86_64-linux-gnu.so",
    ):
        assert dropped_reason(binary(dest)) is None, dest


def test_system_libraries_come_from_the_host_but_xcb_utilities_are_bundled() -> None:
    for name in (
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libfontconfig.so.1",
        "libxcb.so.1",
        "libcups.so.2",
    ):
        assert dropped_reason(binary(name)) == "provided by the host", name
    for name in (
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libicudata.so.73",
        "libpython3.12.so.1.0",
    ):
        assert dropped_reason(binary(name)) is None, name


def test_libraries_nothing_needs_are_pruned_transitively() -> None:
    entries = [
        binary("libpython3.12.so.1.0"),
        binary("PySide6/QtCore.abi3.so", "EXTENSION"),
        binary("PySide6/Qt/lib/libQt6Core.so.6"),
        binary("PySide6/Qt/lib/libicuuc.so.73"),
        binary("PySide6/Qt/lib/libQt6Network.so.6"),  # only the dropped TUIO plugin needs it
        binary("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so"),
        Entry("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    needs = {
        "QtCore.abi3.so": ["libQt6Core.so.6"],
        "libQt6Core.so.6": ["libicuuc.so.73", "libstdc++.so.6"],
        "libqtuiotouchplugin.so": ["libQt6Network.so.6"],
    }
    kept, dropped = trim(entries, lambda e: needs.get(e.name, []))
    assert {e.name for e in kept} == {
        "libpython3.12.so.1.0",
        "QtCore.abi3.so",
        "libQt6Core.so.6",
        "libicuuc.so.73",
    }
    assert dropped["PySide6/Qt/lib/libQt6Network.so.6"] == "nothing in the bundle needs it"
    assert dropped["libQt6Network.so.6"] == "link to a dropped file"


def test_without_elf_information_only_the_named_rules_apply() -> None:
    entries = [binary("PySide6/plugins/imageformats/qtiff.dll"), binary("Qt6Core.dll")]
    kept, dropped = trim(entries, None)
    assert [e.dest for e in kept] == ["Qt6Core.dll"]
    assert list(dropped) == ["PySide6/plugins/imageformats/qtiff.dll"]


def test_qml_plugins_of_the_kiosk_keyboard_count_as_loaded() -> None:
    plugin = binary("PySide6/Qt/qml/QtQuick/VirtualKeyboard/libqtvkbplugin.so")
    kept, dropped = trim(
        [plugin, binary("libQt6VirtualKeyboard.so.6")],
        lambda e: ["libQt6VirtualKeyboard.so.6"] if e.name == "libqtvkbplugin.so" else [],
    )
    assert dropped == {} and len(kept) == 2


def test_the_keyboard_plugin_is_kept_for_kiosks_only() -> None:
    plugin = binary("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert dropped_reason(plugin) == "not used by SafeRest"
    assert dropped_reason(plugin, kiosk=True) is None
