"""A window that offers one file for dragging, as a file manager does: run with the system Python
(python3-gi), `drag-source.py PATH`. Prints `ready X Y` (the middle of the window, in screen
coordinates) once it is on screen, so a test can press the mouse there and drag the file away."""

import sys

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import GLib, Gtk  # noqa: E402

path = sys.argv[1]
uri = GLib.filename_to_uri(path, None)

window = Gtk.Window(title="Userdesk test drag source")
window.set_default_size(160, 120)
window.move(0, 0)
box = Gtk.EventBox()
box.add(Gtk.Label(label="drag me"))
window.add(box)
box.drag_source_set(
    gi.repository.Gdk.ModifierType.BUTTON1_MASK,
    [Gtk.TargetEntry.new("text/uri-list", 0, 0)],
    gi.repository.Gdk.DragAction.COPY,
)


def data_get(_widget, _context, selection, _info, _time):
    selection.set_uris([uri])


box.connect("drag-data-get", data_get)
window.connect("destroy", Gtk.main_quit)


def announce(widget, _event):
    x, y = widget.get_position()
    w, h = widget.get_size()
    print(f"ready {x + w // 2} {y + h // 2}", flush=True)
    widget.disconnect(handler)
    return False


handler = window.connect("map-event", announce)
window.show_all()
Gtk.main()
