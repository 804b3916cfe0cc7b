//! Stop words: the little words of a question ("vad finns om …", "how do I …") that
//! must not decide whether an entry matches when the query has words that can.
//!
//! The Swedish and English lists are Snowball's stop word lists
//! (https://snowballstem.org/algorithms/swedish/stop.txt and …/english/stop.txt), under
//! Snowball's BSD licence:
//!
//!   Copyright (c) 2001, Dr Martin Porter; Copyright (c) 2004,2005, Richard Boulton;
//!   Copyright (c) 2013, Yoshiki Shibukawa; Copyright (c) 2006,2007,2009,2010,2011,
//!   2014-2019, Olly Betts. All rights reserved.
//!
//!   Redistribution and use in source and binary forms, with or without modification,
//!   are permitted provided that the following conditions are met: (1) Redistributions
//!   of source code must retain the above copyright notice, this list of conditions and
//!   the following disclaimer. (2) Redistributions in binary form must reproduce the
//!   above copyright notice, this list of conditions and the following disclaimer in
//!   the documentation and/or other materials provided with the distribution. (3)
//!   Neither the name of the Snowball project nor the names of its contributors may be
//!   used to endorse or promote products derived from this software without specific
//!   prior written permission.
//!
//!   THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
//!   EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
//!   WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED.
//!   IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT,
//!   INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT
//!   NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR
//!   PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
//!   WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
//!   ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
//!   POSSIBILITY OF SUCH DAMAGE.
//!
//! The question and filler words below them are ours: what people put around a need
//! when they ask for it, which the lists, made from running text, lack.

use crate::text::{fold_char, lower_char};

/// Snowball's Swedish list.
const SNOWBALL_SV: &str = "och det att i en jag hon som han på den med var sig för så till \
är men ett om hade de av icke mig du henne då sin nu har inte hans honom skulle hennes där \
min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ha \
mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen \
mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess \
inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra \
ert era vilkas";

/// Snowball's English list; contractions are cut at the apostrophe as every text is.
const SNOWBALL_EN: &str = "i me my myself we our ours ourselves you your yours yourself \
yourselves he him his himself she her hers herself it its itself they them their theirs \
themselves what which who whom this that these those am is are was were be been being have \
has had having do does did doing would should could ought i'm you're he's she's it's we're \
they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll \
we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't \
wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's who's what's here's \
there's when's where's why's how's a an the and but if or because as until while of at by for \
with about against between into through during before after above below to from up down in \
out on off over under again further then once here there when where why how all any both each \
few more most other some such no nor not only own same so than too very";

/// Swedish question and filler words the list lacks: asking, needing, wanting, finding,
/// and "ta" of "ta upp", "ta emot", "ta hand om".
const OURS_SV: &str = "gör göra gjorde ska skall bör borde måste får få finns fanns hitta \
hittar behöver behov vill ville söker leta letar tips någon något några ngn ngt hej tack \
snälla också även bara typ liksom väl nog lite mer mest sådär finnas kanske man just ta tar \
tog tagit emot";

/// English question and filler words the list lacks.
const OURS_EN: &str = "can will just don should now find finding need needs needed want \
wanted looking look seek get got please thanks hi hello also something anything anyone \
someone there's tell show give help's may might must shall us let";

/// Words that are stop words in one language and content words in the other ("by" is a
/// village in Swedish, "man" a man in English, "sin", "dig", "is", "be", "hit" …): a
/// stop word only where the rest of the query is in the language that stops it.
const TWO_FACED: &[&str] =
    &["by", "man", "sin", "dig", "is", "be", "hit", "vid", "under", "far", "dem", "hade"];

/// Which languages a word is a stop word in, as a bit set of `SV` and `EN`.
fn stop_in(loose: &str) -> u8 {
    // Compared letter by letter, folded as the query word was: no string per list word.
    // No stop word is longer than this many letters: a longer word is no stop word.
    if loose.chars().nth(LONGEST).is_some() {
        return 0;
    }
    let within = |list: &str| {
        list.split_whitespace()
            .flat_map(|w| w.split('\''))
            .any(|part| part.chars().map(|c| fold_char(lower_char(c))).eq(loose.chars()))
    };
    let mut langs = 0;
    if within(SNOWBALL_SV) || within(OURS_SV) {
        langs |= SV;
    }
    if within(SNOWBALL_EN) || within(OURS_EN) {
        langs |= EN;
    }
    langs
}

const SV: u8 = 1;
const EN: u8 = 2;

/// The most letters of a word in the lists ("themselves", "yourselves", "respektive").
const LONGEST: usize = 10;

/// For each of a query's words (loose forms), whether it is a stop word there. A query
/// of stop words alone has none: it is searched as typed.
pub fn stops(words: &[&str]) -> Vec<bool> {
    // Each distinct word looked up once: a pasted text repeats its words.
    let mut known: std::collections::HashMap<&str, u8> = std::collections::HashMap::new();
    let langs: Vec<u8> =
        words.iter().map(|w| *known.entry(w).or_insert_with(|| stop_in(w))).collect();
    // The language the query leans to, judged by its stop words of one language only:
    // counted once, so that each word's judgement leaves out only itself.
    let total = |lang: u8| langs.iter().filter(|&&l| l == lang).count();
    let (all_sv, all_en) = (total(SV), total(EN));
    let stop: Vec<bool> = words
        .iter()
        .zip(&langs)
        .map(|(word, &l)| match l {
            0 => false,
            SV if TWO_FACED.contains(word) => all_en < all_sv,
            EN if TWO_FACED.contains(word) => all_sv < all_en,
            _ => true,
        })
        .collect();
    if stop.iter().all(|&s| s) { vec![false; words.len()] } else { stop }
}

#[cfg(test)]
mod tests;
