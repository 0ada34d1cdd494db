"""Writes the .npy fixtures of the `ganlab score` tests with NumPy itself (run once; outputs checked in).

Usage: python3 make_npy_fixtures.py /path/to/shared/metric-vectors
Made with NumPy 2.4.6 (np.save writes format version 1.0 for these headers).
"""
import sys

import numpy as np

vectors = sys.argv[1]
real = np.loadtxt(f"{vectors}/feat16_s0_real.csv", delimiter=",", dtype=np.float64)
fake = np.loadtxt(f"{vectors}/feat16_s0_fake.csv", delimiter=",", dtype=np.float64)
np.save("feat16_s0_real_f8.npy", real)
np.save("feat16_s0_fake_f8.npy", fake)
np.save("feat16_s0_fake_f4.npy", fake.astype("<f4"))
small = np.arange(6, dtype=np.float64).reshape(3, 2) / 4
np.save("bad_big_endian.npy", small.astype(">f8"))
np.save("bad_int32.npy", np.arange(6, dtype="<i4").reshape(3, 2))
np.save("bad_fortran.npy", np.asfortranarray(np.arange(12, dtype=np.float64).reshape(3, 4)))
np.save("bad_rank3.npy", np.zeros((2, 2, 2)))
with_nan = small.copy()
with_nan[1, 1] = np.nan
np.save("bad_nan.npy", with_nan)
with open("feat16_s0_real_head3_v2.npy", "wb") as f:
    np.lib.format.write_array(f, real[:3], version=(2, 0))
