//! Criterion benches of extraction's stages on a news-like paragraph:
//! segmentation, dictionary matching, the whole extraction of a document.
//! Baseline: `split_whitespace`, the floor of any tokeniser.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use diplograph_extract::{text, Dictionary, Document, Extractor, Gazetteer};
use std::hint::black_box;

const PARAGRAPH: &str = "Secretary of State Antony J. Blinken met with Chinese Foreign Minister Wang Yi in Beijing on Friday. \
The two ministers discussed the war in Ukraine, and Blinken raised concerns about China's exports of dual-use goods to Russia. \
China neither provides weapons to Russia nor supports its war, Wang said. President Xi Jinping later received Blinken. \
Russian Minister of Defence Sergey Shoigu has met with his Chinese counterpart in Moscow to widen the Russia-China partnership.";

fn benches(c: &mut Criterion) {
    let text = PARAGRAPH.repeat(8);
    let dictionary = Dictionary::bundled().expect("bundled dictionary");
    let gazetteer = Gazetteer::new(&dictionary);
    let extractor = Extractor::new(dictionary);
    let doc = Document {
        id: "bench".into(),
        text: text.clone(),
        date: Some("2024-04-26".into()),
    };

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("split_whitespace (baseline)", |b| {
        b.iter(|| black_box(&text).split_whitespace().count())
    });
    g.bench_function("segment", |b| b.iter(|| text::segment(black_box(&text))));
    g.bench_function("dictionary matching", |b| {
        b.iter(|| gazetteer.find(black_box(&text)))
    });
    g.bench_function("extract document", |b| {
        b.iter(|| extractor.extract(black_box(&doc)))
    });
    g.finish();
}

criterion_group!(extract, benches);
criterion_main!(extract);
