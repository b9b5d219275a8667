"""Tidy a download folder: move files into folders by kind, then undo it from a log."""
import os
import tempfile

KINDS = {
    ".jpg": "images", ".png": "images", ".gif": "images",
    ".pdf": "documents", ".txt": "documents", ".md": "documents",
    ".zip": "archives", ".gz": "archives",
    ".py": "code",
}


def kind_of(name):
    ext = os.path.splitext(name)[1].lower()
    return KINDS.get(ext, "other")


def tidy(folder):
    moves = []
    for name in sorted(os.listdir(folder)):
        src = os.path.join(folder, name)
        if not os.path.isfile(src) or name.startswith("."):
            continue
        dest_dir = os.path.join(folder, kind_of(name))
        dest = os.path.join(dest_dir, name)
        n = 1
        while os.path.exists(dest):            # never overwrite: number the duplicates
            root, ext = os.path.splitext(name)
            dest = os.path.join(dest_dir, f"{root} ({n}){ext}")
            n += 1
        os.renames(src, dest)
        moves.append((src, dest))
    return moves


def show(folder):
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        rel = os.path.relpath(root, folder)
        print(f"  {rel}: {', '.join(sorted(files)) or '-'}")


start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("downloads/images")
    open("downloads/images/cat.jpg", "w").close()
    for name in ["cat.jpg", "Report.PDF", "notes.txt", "setup.py", "data.tar.gz",
                 "mystery", ".hidden", "slides.md", "photo.PNG"]:
        with open(os.path.join("downloads", name), "w") as f:
            f.write(name)
    print("before:")
    show("downloads")
    log = tidy("downloads")
    print("moved:")
    for src, dest in log:
        print(f"  {os.path.basename(src):12} -> {os.path.relpath(dest, 'downloads')}")
    print("after:")
    show("downloads")
    for src, dest in reversed(log):             # undo, removing folders left empty
        os.renames(dest, src)
    print("undone:")
    show("downloads")
    os.chdir(start)
