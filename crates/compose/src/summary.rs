//! Extractive multi-document summaries of a story, each sentence cited.
