//! Statement groups: quotes by the same speaker that report the same
//! statement across articles (direct, indirect, translated, partial).
