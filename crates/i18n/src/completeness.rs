//! Every locale says everything en-US says, and nothing else: the same message ids in the same
//! files, the same attributes, no variable the code does not pass, every message formatting
//! without errors, and (outside English) no English left in place.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::*;

/// The languages the product speaks (PRODUCT.md, Localization).
const LOCALES: [&str; 20] = [
    "en-US", "en-GB", "de", "es", "fr", "it", "pt", "pl", "ru", "tr", "ar", "he", "ja", "ko",
    "zh-CN", "zh-TW", "th", "my", "id", "vi",
];

/// What the code relies on of one message.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    file: String,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// The text outside placeables, to tell a translation from English left in place.
    text: String,
}

fn walk_pattern(p: &Pattern<&str>, shape: &mut Shape) {
    for element in &p.elements {
        match element {
            PatternElement::TextElement { value } => shape.text.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, shape),
        }
    }
}

fn walk_expression(e: &Expression<&str>, shape: &mut Shape) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
        Expression::Inline(i) => walk_inline(i, shape),
    }
}

fn walk_inline(e: &InlineExpression<&str>, shape: &mut Shape) {
    match e {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, shape),
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => walk_arguments(arguments, shape),
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn walk_arguments(a: &ast::CallArguments<&str>, shape: &mut Shape) {
    for p in &a.positional {
        walk_inline(p, shape);
    }
    for n in &a.named {
        walk_inline(&n.value, shape);
    }
}

/// Each message of a locale's files, by id.
fn shapes(tag: &str) -> BTreeMap<String, Shape> {
    let files = EMBEDDED
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, files)| *files)
        .unwrap_or_default();
    let mut out = BTreeMap::new();
    for (file, source) in files {
        let resource = parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{tag}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let mut shape = Shape {
                file: (*file).to_owned(),
                ..Shape::default()
            };
            if let Some(value) = &m.value {
                walk_pattern(value, &mut shape);
            }
            for a in &m.attributes {
                shape.attributes.insert(a.id.name.to_owned());
                walk_pattern(&a.value, &mut shape);
            }
            out.insert(m.id.name.to_owned(), shape);
        }
    }
    out
}

#[test]
fn every_locale_of_the_product_is_there_and_no_other() {
    let mut found: Vec<&str> = EMBEDDED.iter().map(|(t, _)| *t).collect();
    let mut wanted: Vec<&str> = LOCALES.into_iter().collect();
    found.sort_unstable();
    wanted.sort_unstable();
    assert_eq!(found, wanted);
}

#[test]
fn every_locale_has_every_message_in_its_file_and_nothing_else() {
    let english = shapes(FALLBACK);
    let mut problems = Vec::new();
    for (tag, _) in EMBEDDED.iter().filter(|(t, _)| *t != FALLBACK) {
        let theirs = shapes(tag);
        for (id, want) in &english {
            let Some(got) = theirs.get(id) else {
                problems.push(format!(
                    "{tag}: {id} is missing (en-US has it in {})",
                    want.file
                ));
                continue;
            };
            if got.file != want.file {
                problems.push(format!("{tag}: {id} is in {}, not {}", got.file, want.file));
            }
            if got.attributes != want.attributes {
                problems.push(format!(
                    "{tag}: {id} has attributes {:?}, en-US {:?}",
                    got.attributes, want.attributes
                ));
            }
            let unknown: Vec<_> = got.variables.difference(&want.variables).collect();
            if !unknown.is_empty() {
                problems.push(format!(
                    "{tag}: {id} uses {unknown:?}, which the code does not pass"
                ));
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not a message of en-US"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each message formats in each locale with the arguments the code passes, for counts that pick
/// every plural form (0, 1, 2, 3, 5, 11, 21, 100, 1.5), without a Fluent error.
#[test]
fn every_message_formats_without_errors_in_every_locale() {
    let l = Localizer::load().expect("load");
    let english = shapes(FALLBACK);
    let mut problems = Vec::new();
    for (tag, _) in EMBEDDED {
        let locale: LanguageIdentifier = tag.parse().expect("a tag");
        let bundle = l.bundles.get(&locale).expect("a bundle");
        for (id, shape) in &english {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            for n in [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 100.0, 1.5] {
                let mut args = FluentArgs::new();
                for v in &shape.variables {
                    args.set(v.as_str(), FluentValue::from(n));
                }
                let mut errors = Vec::new();
                let patterns = message
                    .value()
                    .into_iter()
                    .chain(message.attributes().map(|a| a.value()));
                for pattern in patterns {
                    bundle.format_pattern(pattern, Some(&args), &mut errors);
                }
                if !errors.is_empty() {
                    problems.push(format!("{tag}: {id} with {n}: {errors:?}"));
                    break;
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A translation that kept English text in place shows up as a message identical to en-US.
/// Some are right in every language (a product name, a sample address): at most a few.
#[test]
fn no_locale_but_english_leaves_english_in_place() {
    let english = shapes(FALLBACK);
    let mut problems = Vec::new();
    for (tag, _) in EMBEDDED.iter().filter(|(t, _)| !t.starts_with("en")) {
        let theirs = shapes(tag);
        let same: Vec<&String> = theirs
            .iter()
            .filter(|(id, s)| {
                english.get(*id).is_some_and(|e| {
                    e.text == s.text && s.text.chars().filter(|c| c.is_alphabetic()).count() > 12
                })
            })
            .map(|(id, _)| id)
            .collect();
        if same.len() > english.len() / 50 {
            problems.push(format!(
                "{tag}: {} messages as in English: {same:?}",
                same.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
