"""Views: text, HTML and Markdown renderers of objects and results, escaped per medium."""
