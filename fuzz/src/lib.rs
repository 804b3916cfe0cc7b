//! What the fuzz targets share: the small catalogue the search targets run over,
//! parsed and indexed once per process, so that an input costs only its own search.

use std::sync::OnceLock;

use metodstod::catalogue::{Catalogue, Origin, parse};
use metodstod::search::Index;

pub fn setup() -> &'static (Catalogue, Index) {
    static SETUP: OnceLock<(Catalogue, Index)> = OnceLock::new();
    SETUP.get_or_init(|| {
        match parse(include_str!("../../tests/fixtures/mini.json"), &Origin::Embedded) {
            Ok(c) => {
                let index = Index::new(&c);
                (c, index)
            }
            Err(e) => panic!("the fixture is invalid: {e}"),
        }
    })
}
