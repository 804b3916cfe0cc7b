use super::*;

fn group(words: &[&str], lead_to: Option<&[&str]>) -> Synonyms {
    Synonyms {
        words: words.iter().map(|w| (*w).into()).collect(),
        lead_to: lead_to.map(|l| l.iter().map(|w| (*w).into()).collect()),
    }
}

fn alternatives(query: &str, table: &[Synonyms]) -> Vec<(u64, String)> {
    let q: Vec<QWord> = query.split_whitespace().map(|w| QWord::new(w, false, false)).collect();
    let order: Vec<Option<usize>> = (0..q.len()).map(Some).collect();
    expand(&q, &order, table)
        .into_iter()
        .map(|a| {
            let words: Vec<&str> = a.phrase.iter().map(|w| w.text.as_str()).collect();
            (a.covers, words.join(" "))
        })
        .collect()
}

#[test]
fn mutual_groups_lead_every_way_and_phrases_count() {
    let table = [group(&["människohandel", "human trafficking", "trafficking"], None)];
    assert_eq!(
        alternatives("människohandeln hotell", &table),
        [(1, "human trafficking".to_string()), (1, "trafficking".to_string())]
    );
    let found = alternatives("hotel human trafficking", &table);
    assert!(found.contains(&(0b110, "människohandel".to_string())), "{found:?}");
}

#[test]
fn one_way_rules_lead_one_way() {
    let table = [group(&["kurator"], Some(&["elevhälsoteam"]))];
    assert_eq!(alternatives("kuratorer", &table), [(1, "elevhälsoteam".to_string())]);
    assert!(alternatives("elevhälsoteam", &table).is_empty());
}
