from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def executed_outputs(name: str) -> list:
    """The outputs of every code cell of a notebook run from its own folder; none an error."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    return outputs


def test_explore_notebook_runs_and_shows_the_tables():
    outputs = executed_outputs("01_explore.ipynb")
    text = "\n".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "") for o in outputs)
    assert "Самира Тайтенова" in text and "image/png" in str(outputs)


def test_research_notebook_runs_the_validation_loop():
    outputs = executed_outputs("02_research.ipynb")
    text = "\n".join(str(o.get("data", {}).get("text/markdown", "")) + str(o.get("data", {}).get("text/plain", ""))
                     + o.get("text", "") for o in outputs)
    assert str(outputs).count("image/png") >= 2  # the trends and the co-mention network
    assert "PER:самира тайтенова" in text and "report written to" in text
    assert "first seen" in text and "Ерлан Сапаров" in text  # the roles of a body
    assert "alpha coders" in text and "overall" in text  # agreement
    assert "5-fold cross-validation" in text and "model written to" in text  # codebook training
