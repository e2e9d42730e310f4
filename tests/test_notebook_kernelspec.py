"""Opening and saving a notebook in JupyterLab leaves the tracked .py twin as it is: its
kernelspec is the one the kernel reports (JupyterLab writes the running kernel's spec back)."""

from __future__ import annotations

import jupytext
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from analysis import config

NAMES = ["01-article", "02-actors", "03-sources-and-attribution", "04-audit"]


@pytest.mark.parametrize("name", NAMES)
def test_the_kernelspec_is_the_installed_kernels(name):
    nb = jupytext.read(config.PROJECT_ROOT / "notebooks" / f"{name}.py")
    kernelspec = nb.metadata["kernelspec"]
    installed = KernelSpecManager().get_kernel_spec(kernelspec["name"])
    assert kernelspec == {"display_name": installed.display_name,
                          "language": installed.language, "name": kernelspec["name"]}
