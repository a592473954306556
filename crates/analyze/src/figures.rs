//! Figures: numbers reported in an article, with value, unit, what they
//! count and hedges, each tied to its evidence span.
