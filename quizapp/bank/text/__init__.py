"""Reading a text: paragraphs, headings, sentences, quotations and dates."""
