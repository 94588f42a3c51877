"""Writes the extension icons (public/icon/<size>.png): two white columns, a question beside its
answer, on the official site's dark blue, in a rounded square. Pure Python (zlib), no image tools."""
import struct
import zlib
from pathlib import Path

BLUE = (21, 66, 115)  # #154273, the site's own blue
WHITE = (255, 255, 255)
ORANGE = (225, 112, 0)  # accent: the line that pairs them


def pixel(x: float, y: float, size: int):
    """Colour at (x, y) in a unit square, or None for transparent."""
    r = 0.18  # corner radius
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    in_band = 0.22 <= y <= 0.80
    if in_band and (0.17 <= x <= 0.45 or 0.55 <= x <= 0.83):
        # Lines of text in the columns: gaps every other stripe on larger icons.
        if size >= 32 and 0.30 <= y <= 0.72 and int((y - 0.30) / 0.07) % 2 == 1:
            return (235, 240, 246)
        return WHITE
    if 0.47 <= y <= 0.53 and 0.45 < x < 0.55:
        return ORANGE
    return BLUE


def png(size: int) -> bytes:
    samples = 4  # 4×4 supersampling for smooth edges
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(samples):
                for si in range(samples):
                    c = pixel((i + (si + 0.5) / samples) / size, (j + (sj + 0.5) / samples) / size, size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = samples * samples
            covered = acc[3] // 255
            row += bytes([acc[0] // max(covered, 1), acc[1] // max(covered, 1), acc[2] // max(covered, 1), acc[3] // n])
        rows.append(bytes(row))
    raw = b''.join(rows)
    chunk = lambda kind, data: struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    out = Path(__file__).resolve().parent.parent / 'public' / 'icon'
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 96, 128):
        (out / f'{size}.png').write_bytes(png(size))
        print(f'wrote {out / f"{size}.png"}')
