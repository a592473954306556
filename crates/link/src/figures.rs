//! Alignment of figures about the same quantity across the articles of a
//! story, telling agreement, change over time and contradiction apart.
