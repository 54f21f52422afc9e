package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.Rule;

/**
 * What the reported-speech, stance and question rules find in one sentence, as PolNeAR would
 * annotate it: content (fragments joined by " | "), cue, source ("-" for none) and rule.
 */
class ReportedSpeechRulesTest {

    /** The rules' proposals, none withheld: what the confidence model withholds is tested on its own. */
    private final RuleBasedAnnotator annotator = new RuleBasedAnnotator(Lexicons.standard(),
            ConfidenceModel.standard().withholdingBelow(0.0));

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Hemsley, the co-author of “Going Viral,” said the days of a shared story are gone. # the days of a shared story are gone # said # Hemsley, the co-author of “Going Viral,” # SOURCE_CUE_THAT_CLAUSE
            David Kamin, an outside adviser to the campaign on tax and budget issues and an associate professor at New York University School of Law, said that the campaign was ''taking a close look'' at provisions. # that the campaign was ''taking a close look'' at provisions # said # David Kamin, an outside adviser to the campaign on tax and budget issues and an associate professor at New York University School of Law # SOURCE_CUE_THAT_CLAUSE
            Mr. Leenders, who told reporters that a third of the workers were Trump supporters, said he voted for Mr. Obama in 2008. # he voted for Mr. Obama in 2008 # said # Mr. Leenders # SOURCE_CUE_THAT_CLAUSE
            His email to supporters notes that San Francisco Supervisor Jane Kim, who is running for the state Senate, “is a civil rights attorney.” # that San Francisco Supervisor Jane Kim, who is running for the state Senate, “is a civil rights attorney.” # notes # His email to supporters # SOURCE_CUE_THAT_CLAUSE
            Mr. Fallon said the campaign is pleased that Pagliano, who invoked his rights in September, is now cooperating. # the campaign is pleased that Pagliano, who invoked his rights in September, is now cooperating # said # Mr. Fallon # SOURCE_CUE_THAT_CLAUSE
            A June poll found that Trump led among independents. # that Trump led among independents # found # A June poll # SOURCE_CUE_THAT_CLAUSE
            Monday night’s results show that the race is close. # that the race is close # show # Monday night’s results # SOURCE_CUE_THAT_CLAUSE
            Thursday evening Hillary Clinton said the race is close. # the race is close # said # Hillary Clinton # SOURCE_CUE_THAT_CLAUSE
            A statement to Wired said the company would not comment. # the company would not comment # said # A statement to Wired # SOURCE_CUE_THAT_CLAUSE
            A Supreme Court advocate, Andrew Pincus, said the vote was a victory. # the vote was a victory # said # A Supreme Court advocate, Andrew Pincus # SOURCE_CUE_THAT_CLAUSE
            The campaign's website states that same-sex couples would receive the leave. # that same-sex couples would receive the leave # states # The campaign's website # SOURCE_CUE_THAT_CLAUSE
            He’s said that the plan would fail in the Senate.           # that the plan would fail in the Senate # ’s said # He # SOURCE_CUE_THAT_CLAUSE
            Even some of Clinton's allies say she has been slow to respond. # she has been slow to respond # say # some of Clinton's allies # SOURCE_CUE_THAT_CLAUSE
            Reviewers had said more than 1,300 emails contained classified material. # more than 1,300 emails contained classified material # had said # Reviewers # SOURCE_CUE_THAT_CLAUSE
            He said states like California and Colorado will clarify the situation first. # states like California and Colorado will clarify the situation first # said # He # SOURCE_CUE_THAT_CLAUSE
            The plan is crucial, and while he said he’d hold a hearing, it’s unlikely to win his support. # he’d hold a hearing # said # he # SOURCE_CUE_THAT_CLAUSE
            Ever since Sanders announced his candidacy last year, he has said the same thing at every stop. # his candidacy last year # announced # Sanders # SOURCE_CUE_THAT_CLAUSE
            Other candidates and even a prominent columnist have suggested that his past is fair game. # that his past is fair game # have suggested # Other candidates and even a prominent columnist # SOURCE_CUE_THAT_CLAUSE
            In a year when most voters say they distrust her, even some allies questioned why the fund kept the gifts. # why the fund kept the gifts # questioned # some allies # SOURCE_CUE_THAT_CLAUSE
            They’ve argued the law was never enforced in the state.     # the law was never enforced in the state # ’ve argued # They # SOURCE_CUE_THAT_CLAUSE
            He worries Sanders would have trouble winning in the fall.  # Sanders would have trouble winning in the fall # worries # He # SOURCE_CUE_THAT_CLAUSE
            Opponents said the decision, which struck down the rules, illustrates the stakes. # the decision, which struck down the rules, illustrates the stakes # said # Opponents # SOURCE_CUE_THAT_CLAUSE
            He said the talks, which started a decade ago, remained useful. # the talks, which started a decade ago, remained useful # said # He # SOURCE_CUE_THAT_CLAUSE
            Trump said he would make an exception for the mayor, drawing a sharp reply from Khan. # he would make an exception for the mayor # said # Trump # SOURCE_CUE_THAT_CLAUSE
            Kasich told reporters that he cannot support Trump, throwing a wrench in the party's plans. # that he cannot support Trump # told # Kasich # SOURCE_CUE_THAT_CLAUSE
            The results suggest that Mrs. Clinton, who has outraised every rival, still faces a difficult road. # that Mrs. Clinton, who has outraised every rival, still faces a difficult road # suggest # The results # SOURCE_CUE_THAT_CLAUSE
            But there is a risk, some Democrats said, that Mr. Sanders - an independent - would push the party left. # there is a risk | that Mr. Sanders - an independent - would push the party left # said # some Democrats # PARENTHETICAL_CUE
            He said the delay hurt the city, which officials called unacceptable. # the delay hurt the city # said # He # SOURCE_CUE_THAT_CLAUSE
            Two-thirds of voters in all five states support the ban, but majorities in all five say they want the immigrants to stay. # they want the immigrants to stay # say # majorities in all five # SOURCE_CUE_THAT_CLAUSE
            The actress said she was tired of the status quo and wanted a candidate who had not taken their money. # she was tired of the status quo and wanted a candidate who had not taken their money # said # The actress # SOURCE_CUE_THAT_CLAUSE
            He thinks she would have backed it anyway, but believes the vote ensures her support. # she would have backed it anyway # thinks # He # SOURCE_CUE_THAT_CLAUSE
            Gowdy said the panel has the full, unredacted Bash email and will address it in its report. # the panel has the full, unredacted Bash email and will address it in its report # said # Gowdy # SOURCE_CUE_THAT_CLAUSE
            Maloy said he understands her position of supporting but not endorsing Trump. # he understands her position of supporting but not endorsing Trump # said # Maloy # SOURCE_CUE_THAT_CLAUSE
            Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be competitive. # the candidate could be competitive # said # Mr. Manafort # SOURCE_CUE_THAT_CLAUSE
            FEC records show he has donated to campaigns since 2010, even though public records indicate he did not own a home. # he has donated to campaigns since 2010 # show # FEC records # SOURCE_CUE_THAT_CLAUSE
            She faces an electorate in which 67 percent of voters say she is not honest. # she is not honest # say # 67 percent of voters # SOURCE_CUE_THAT_CLAUSE
            It would be unusual, but specialists say it is a realistic extension. # it is a realistic extension # say # specialists # SOURCE_CUE_THAT_CLAUSE
            USA Today reported that the trips cost more than the law allows. # that the trips cost more than the law allows # reported # USA Today # SOURCE_CUE_THAT_CLAUSE
            Some protest leaders said they would march to the arena. # they would march to the arena # said # Some protest leaders # SOURCE_CUE_THAT_CLAUSE
            FEC reports show the groups have spent $1.1 million. # the groups have spent $1.1 million # show # FEC reports # SOURCE_CUE_THAT_CLAUSE
            The man who wrote the speech says he will not vote for Trump. # he will not vote for Trump # says # The man who wrote the speech # SOURCE_CUE_THAT_CLAUSE
            Emanuel also made clear that he has not considered resigning. # that he has not considered resigning # also made clear # Emanuel # SOURCE_CUE_THAT_CLAUSE
            She appeared to imply that Trump could not win.              # that Trump could not win # appeared to imply # She # SOURCE_CUE_THAT_CLAUSE
            Giuliani said in a phone interview that the plan would fail. # that the plan would fail # said in a phone interview # Giuliani # SOURCE_CUE_THAT_CLAUSE
            Ryan told a news conference they are planting the seeds to accomplish that. # they are planting the seeds to accomplish that # told # Ryan # SOURCE_CUE_THAT_CLAUSE
            Schiff told USA TODAY's weekly video series it is clear that the hackers were Russian. # it is clear that the hackers were Russian # told # Schiff # SOURCE_CUE_THAT_CLAUSE
            But he told ABC’s “Good Morning America” that he agrees Trump is an opportunist. # that he agrees Trump is an opportunist # told # he # SOURCE_CUE_THAT_CLAUSE
            He told one of his young protégés on a regular basis that "terrorism is the answer." # that "terrorism is the answer." # told # He # SOURCE_CUE_THAT_CLAUSE
            Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is staying. # that he is staying # told # Carson # SOURCE_CUE_THAT_CLAUSE
            Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, arguing that it was wrong. # the death of Terence Crutcher in Tulsa # spoke out Tuesday about # Hillary Clinton # CUE_IN_SENTENCE
            The nominee said she wanted to speak “directly to white people” and let them know that “this is not who we are.” # she wanted to speak “directly to white people” and let them know that “this is not who we are.” # said # The nominee # SOURCE_CUE_THAT_CLAUSE
            Japan branded North Korea an “outlaw nation in the neighborhood.” # North Korea an “outlaw nation in the neighborhood.” # branded # Japan # VERB_COMPLEMENT
            After saying her right foot was “so swollen I could barely get my shoe on,” she was rushed to a hospital. # her right foot was “so swollen I could barely get my shoe on,” # saying # she # PARTICIPLE_CLAUSE
            It revived the claim that he opposed the Iraq war from the start. # the Iraq war from the start # opposed # he # VERB_COMPLEMENT
            The State Department said it determined that 12 of the 19 emails contain secrets. # it determined that 12 of the 19 emails contain secrets # said # The State Department # SOURCE_CUE_THAT_CLAUSE
            Sanders was asked to name a decision Clinton made while serving in the Senate that he believes was influenced by money. # to name a decision Clinton made # was asked # - # VERB_COMPLEMENT
            Sanders is assured of winning at least 120 delegates in that state alone. # winning at least 120 delegates in that state alone # is assured of # Sanders # CUE_IN_SENTENCE
            He said no to the Iraq war.                                  # no to the Iraq war # said # He # SOURCE_CUE_THAT_CLAUSE
            Bolton said it was “a threat, and I certainly don’t think he has any policies to deal with it.” # it was “a threat, and I certainly don’t think he has any policies to deal with it.” # said # Bolton # SOURCE_CUE_THAT_CLAUSE
            Devine has made it clear that his boss wanted something firmer. # that his boss wanted something firmer # has made it clear # Devine # SOURCE_CUE_THAT_CLAUSE
            But while Trump said he would not criticize Cruz, he did not follow that rule in his next comment. # he would not criticize Cruz # said # Trump # SOURCE_CUE_THAT_CLAUSE
            The mood was tense: As he welcomed several hundred guests, Scott was also launching his bid. # several hundred guests # welcomed # he # VERB_COMPLEMENT
            Stumpf admitted under Warren’s grilling he hadn’t been held accountable. # he hadn’t been held accountable # admitted # Stumpf # SOURCE_CUE_THAT_CLAUSE
            Trump said after the convention he would not accept the endorsement. # he would not accept the endorsement # said # Trump # SOURCE_CUE_THAT_CLAUSE
            They have made the case that she is too close to Wall Street banks. # that she is too close to Wall Street banks # have made the case # They # SOURCE_CUE_THAT_CLAUSE
            Obama privately made the case to 23 progressive leaders that he did not sell them out. # that he did not sell them out # privately made the case # Obama # SOURCE_CUE_THAT_CLAUSE
            Trump leads with 739 delegates, according to a CNN tally, but his pathway is narrowing. # Trump leads with 739 delegates # according to # a CNN tally # ACCORDING_TO
            Clinton was ahead, according to polls at the time.          # Clinton was ahead # according to # polls at the time # ACCORDING_TO
            In a CNN poll released Monday, 31 percent of Republicans said they were enthusiastic. # 31 percent of Republicans said they were enthusiastic # In # a CNN poll released Monday # IN_DOCUMENT
            In an online poll of 800 voters, Democracy Corp found that voters are angry. # that voters are angry # found # Democracy Corp # SOURCE_CUE_THAT_CLAUSE
            States like Iowa (93 percent of voters there were white, according to exit polls), Ohio and Wisconsin top the list. # 93 percent of voters there were white # according to # exit polls # ACCORDING_TO
            According to Cruz, a Texas Republican, the group was ready. # the group was ready # According to # Cruz, a Texas Republican # ACCORDING_TO
            According to Limbaugh, “She would have no time. Because the moderator ought to have no role.” The debate is Monday. # “She would have no time. Because the moderator ought to have no role.” # According to # Limbaugh # ACCORDING_TO
            The group was ready, according to Cruz, a Texas Republican. # The group was ready # according to # Cruz, a Texas Republican # ACCORDING_TO
            But as the Global Times noted in an op-ed Thursday, the candidate has earned himself a few fans in China. # the candidate has earned himself a few fans in China # noted in an op-ed # the Global Times # ACCORDING_TO
            In the old Soviet Union, as Hedrick Smith reported in his book, the party bosses had country houses. # the party bosses had country houses # reported # Hedrick Smith # ACCORDING_TO
            Ailes also met with Mr. Trump that day, as The New York Times reported on Tuesday, and he will help prepare him. # Ailes also met with Mr. Trump that day # reported # The New York Times # ACCORDING_TO
            The primary requirement is a "lawful source of investment income," as a Homeland Security memo put it. # The primary requirement is a "lawful source of investment income," # put it # a Homeland Security memo # ACCORDING_TO
            As Ms. Simonyan put it in a statement in July, RT is providing a perspective you won't get elsewhere. # RT is providing a perspective you won't get elsewhere # put it # Ms. Simonyan # ACCORDING_TO
            According to Jane Doe, 45, of Des Moines, the group was ready. # the group was ready # According to # Jane Doe, 45, of Des Moines # ACCORDING_TO
            According to the survey, 51 percent of voters liked him, a record. # 51 percent of voters liked him, a record # According to # the survey # ACCORDING_TO
            According to the club, an email was sent to the members, including Doe. # an email was sent to the members, including Doe # According to # the club # ACCORDING_TO
            As reported by Western Journalism, investigators found over 2,200 emails. # investigators found over 2,200 emails # reported # Western Journalism # ACCORDING_TO
            As stated in Davis' commentary, there are conflicting stories about his wife. # there are conflicting stories about his wife # stated # Davis' commentary # ACCORDING_TO
            The super PAC started reserving ad time this week, as first reported by the New York Times. # The super PAC started reserving ad time this week # first reported # the New York Times # ACCORDING_TO
            Other major cleavages, according to the poll, include ideology. # Other major cleavages | include ideology # according to # the poll # ACCORDING_TO
            Last week, according to the Ukrainian military and analysts, the Russian forces launched a counteroffensive. # Last week | the Russian forces launched a counteroffensive # according to # the Ukrainian military and analysts # ACCORDING_TO
            Some Americans would see their taxes go up under the plan, according to an analysis by Lily Batchelder, a former Democratic tax aide now teaching at New York University, whose conclusions were seconded by others. # Some Americans would see their taxes go up under the plan # according to # an analysis by Lily Batchelder, a former Democratic tax aide now teaching at New York University, whose conclusions were seconded by others # ACCORDING_TO
            He met the families, most of whom said the claims were unfounded. # the claims were unfounded # said # most of whom # SOURCE_CUE_THAT_CLAUSE
            Democrats described the showdown as ominous, and said the panel might be damaged. # the panel might be damaged # said # Democrats # SOURCE_CUE_THAT_CLAUSE
            He went out of his way to say that the economy had hit bottom. # that the economy had hit bottom # went out of his way to say # He # SOURCE_CUE_THAT_CLAUSE
            And until the announcement of the shutdown, most of them said they had loved it. # they had loved it # said # most of them # SOURCE_CUE_THAT_CLAUSE
            The campaign issued a statement Tuesday saying the deal was done. # the deal was done # issued a statement Tuesday saying # The campaign # SOURCE_CUE_THAT_CLAUSE
            The RNC sent out a press release saying the deal was done.  # the deal was done # sent out a press release saying # The RNC # SOURCE_CUE_THAT_CLAUSE
            McConnell has said repeatedly that the next president should choose. # that the next president should choose # has said repeatedly # McConnell # SOURCE_CUE_THAT_CLAUSE
            Tester said he voted against it because “they put some stuff in that bill,” including provisions he said would restrict transfers. # he voted against it because “they put some stuff in that bill,” including provisions he said would restrict transfers # said # Tester # SOURCE_CUE_THAT_CLAUSE
            An economic downturn, he said, “could be a good time to borrow.” # An economic downturn | “could be a good time to borrow.” # said # he # PARENTHETICAL_CUE
            These sources, the lawyers said, “all command the same conclusion” that Cruz complies with the requirement. # These sources | “all command the same conclusion” that Cruz complies with the requirement # said # the lawyers # PARENTHETICAL_CUE
            Jeff Flake said he would.                                   # he would # said # Jeff Flake # SOURCE_CUE_THAT_CLAUSE
            I think it’s good.                                          # it’s good # think # I # SOURCE_CUE_THAT_CLAUSE
            Priebus rejected that idea.                                 # that idea # rejected # Priebus # SOURCE_CUE_THAT_CLAUSE
            Obama said “it gets me mad” every time he thinks about the victims. # “it gets me mad” every time he thinks about the victims # said # Obama # SOURCE_CUE_THAT_CLAUSE
            Bush described her as likable and inspiring.                # her as likable and inspiring # described # Bush # SOURCE_CUE_THAT_CLAUSE
            South Carolina, he said, was “where we have a chance to win.” # South Carolina | was “where we have a chance to win.” # said # he # PARENTHETICAL_CUE
            Asked whether he was ever bullied, the candidate said no.   # whether he was ever bullied # Asked # - # QUESTION_PUT
            Asked about her own vote, Ayotte said she would support the nominee. # her own vote # Asked about # - # QUESTION_PUT
            Asked if she believed Putin wanted Trump to win, Clinton said she was not going to jump to that conclusion. # if she believed Putin wanted Trump to win # Asked # - # QUESTION_PUT
            When asked to leave the stage, he refused. # to leave the stage # asked # - # QUESTION_PUT
            Cain was asked by a caller why young men are coming here.   # why young men are coming here # was asked # a caller # QUESTION_PUT
            The fund predicted that advanced economies will grow slowly. # that advanced economies will grow slowly # predicted # The fund # SOURCE_CUE_THAT_CLAUSE
            Insiders said it is important that she close the gap.       # it is important that she close the gap # said # Insiders # SOURCE_CUE_THAT_CLAUSE
            He went on to say the deal was done.                        # the deal was done # went on to say # He # SOURCE_CUE_THAT_CLAUSE
            Clinton has disputed both critiques, but says that she would have made a different decision. # that she would have made a different decision # says # Clinton # SOURCE_CUE_THAT_CLAUSE
            She then asked whether the deal was done.                   # whether the deal was done # then asked # She # SOURCE_CUE_THAT_CLAUSE
            A majority of Republicans say they support the plan; most Democrats oppose it. # they support the plan # say # A majority of Republicans # SOURCE_CUE_THAT_CLAUSE
            Sanders once again told supporters at the rally the race is far from over. # supporters at the rally the race is far from over # once again told # Sanders # CUE_IN_SENTENCE
            Sanders once again told supporters in Iowa the race is far from over. # the race is far from over # once again told # Sanders # SOURCE_CUE_THAT_CLAUSE
            The plan works well for everyone, his brother added.        # The plan works well for everyone # added # his brother # CLAUSE_THEN_CUE
            Ryan and Trump will meet next week, Spicer said, adding, "They need to sit down." # Ryan and Trump will meet next week # said # Spicer # CLAUSE_THEN_CUE
            Trump’s excesses are sickening, Hollande said Tuesday in Paris, noting that he makes you retch. # Trump’s excesses are sickening # said # Hollande # CLAUSE_THEN_CUE
            But the plan works well for everyone, his brother added.    # the plan works well for everyone # added # his brother # CLAUSE_THEN_CUE
            He also charged that the party largely ignored the movement. # that the party largely ignored the movement # also charged # He # SOURCE_CUE_THAT_CLAUSE
            This includes a special force, Ash Carter said.             # This includes a special force # said # Ash Carter # CLAUSE_THEN_CUE
            WASHINGTON (AP) — The talks will resume next week, Ash Carter said. # The talks will resume next week # said # Ash Carter # CLAUSE_THEN_CUE
            Washington (AFP) – Hillary Clinton took a swipe at Trump, saying that his comments do harm. # that his comments do harm # saying # Hillary Clinton # TRAILING_PARTICIPLE
            One month after announcing his support for Trump, Marco Rubio said he would not campaign. # his support for Trump # announcing # Marco Rubio # SOURCE_CUE_THAT_CLAUSE
            Prime Minister Theresa May said it would leave by March and suggested that it would quit the market. # that it would quit the market # suggested # Prime Minister Theresa May # SOURCE_CUE_THAT_CLAUSE
            Since her op-ed in May, she has argued that the rule is unfair. # that the rule is unfair # has argued # she # SOURCE_CUE_THAT_CLAUSE
            A Quinnipiac University poll released in late August found that most voters want the returns. # that most voters want the returns # found # A Quinnipiac University poll released in late August # SOURCE_CUE_THAT_CLAUSE
            Cement makers, for instance, argue that imports from China hurt them. # that imports from China hurt them # argue # Cement makers # SOURCE_CUE_THAT_CLAUSE
            Clinton, clearly frustrated, said the campaign was wrong.  # the campaign was wrong # said # Clinton # SOURCE_CUE_THAT_CLAUSE
            DuPont, only two months later, announced that it would merge with Dow. # that it would merge with Dow # announced # DuPont # SOURCE_CUE_THAT_CLAUSE
            Ben Domenech, publisher of the Federalist, said the party is split. # the party is split # said # Ben Domenech, publisher of the Federalist # SOURCE_CUE_THAT_CLAUSE
            Ronald Reagan was once asked how the Cold War would end.  # how the Cold War would end # was once asked # - # SOURCE_CUE_THAT_CLAUSE
            In 2015, several environmental groups granted Mr. Clarke a delay, saying his capital was short. # his capital was short # saying # several environmental groups # SOURCE_CUE_THAT_CLAUSE
            Donations hit $1.1 billion in August, a USA TODAY analysis of newly filed reports shows. # Donations hit $1.1 billion in August # shows # a USA TODAY analysis of newly filed reports # CLAUSE_THEN_CUE
            Trump mocked the story, an event that Carson says led him to Christ. # that | led him to Christ # says # Carson # RELATIVE_CLAUSE
            His friend is Joel Benenson, whom one Obama insider described as “his brother.” # whom | as “his brother.” # described # one Obama insider # RELATIVE_CLAUSE
            Freddy worked in the family business, which friends described as miserable. # which | as miserable # described # friends # RELATIVE_CLAUSE
            City Attorney Brad Holm said in the letter that the ad “unmistakably and wrongfully” suggests support. # that the ad “unmistakably and wrongfully” suggests support # said # City Attorney Brad Holm # SOURCE_CUE_THAT_CLAUSE
            He dubbed him "Lyin' Ted." Trump called the senator a "nasty guy" and "unstable." # the senator a "nasty guy" and "unstable." # called # Trump # SOURCE_CUE_THAT_CLAUSE
            There was no estimate, though he said "budget reforms" and unpaid taxes would pay for it. # "budget reforms" and unpaid taxes would pay for it # said # he # SOURCE_CUE_THAT_CLAUSE
            While he acknowledged funding was a reason, Ham also noted several “intangibles” left him disillusioned. # funding was a reason # acknowledged # he # SOURCE_CUE_THAT_CLAUSE
            One in three said the party does not care and one in four said it was hostile. # the party does not care # said # One in three # SOURCE_CUE_THAT_CLAUSE
            About one in five say they would either not vote or are unsure. # they would either not vote or are unsure # say # About one in five # SOURCE_CUE_THAT_CLAUSE
            But private Chinese companies and ordinary Chinese traders say they have yet to reap the rewards. # they have yet to reap the rewards # say # private Chinese companies and ordinary Chinese traders # SOURCE_CUE_THAT_CLAUSE
            She did receive some emails with classified markings, he said; the rest was lost. # She did receive some emails with classified markings # said # he # CLAUSE_THEN_CUE
            Sanders’ campaign called AP’s report a “rush to judgment.” # AP’s report a “rush to judgment.” # called # Sanders’ campaign # SOURCE_CUE_THAT_CLAUSE
            The Club for Growth is reportedly spending $1.5 million on ads. # The Club for Growth is | spending $1.5 million on ads # reportedly # - # HEARSAY_ADVERB
            In total, the hackers have reportedly infiltrated more than 100 groups. # the hackers have | infiltrated more than 100 groups # reportedly # - # HEARSAY_ADVERB
            The firm lobbied on gaming, said lobbyist Charlie Black.   # The firm lobbied on gaming # said # lobbyist Charlie Black # CLAUSE_THEN_CUE
            Sanders says he introduced legislation to accomplish that. # he introduced legislation to accomplish that # says # Sanders # SOURCE_CUE_THAT_CLAUSE
            He went on to say Clinton’s behavior was very different.  # Clinton’s behavior was very different # went on to say # He # SOURCE_CUE_THAT_CLAUSE
            The groups who wrote to her on Thursday say they are concerned about it. # they are concerned about it # say # The groups who wrote to her on Thursday # SOURCE_CUE_THAT_CLAUSE
            DeSantis said he has supported legislation that would target the power of regional accreditation bodies, which he called “a cartel.” # he has supported legislation that would target the power of regional accreditation bodies # said # DeSantis # SOURCE_CUE_THAT_CLAUSE
            She said that experts had determined her proposals were strong, to which O'Malley interjected: "It's just not true." # that experts had determined her proposals were strong # said # She # SOURCE_CUE_THAT_CLAUSE
            Ginsburg said in an interview with The Associated Press last week that she did not want to think about it. # that she did not want to think about it # said in an interview # Ginsburg # SOURCE_CUE_THAT_CLAUSE
            Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he already received overtime pay. # he already received overtime pay # said # Paul Porter, a truck driver from Ava, Mo., who is a member of the union # SOURCE_CUE_THAT_CLAUSE
            John Bulgaro said that Mr. Trump had generated excitement, but that ''a lot of people like Bernie Sanders.'' He cautioned that they would need to hear more. # that Mr. Trump had generated excitement, but that ''a lot of people like Bernie Sanders.'' # said # John Bulgaro # SOURCE_CUE_THAT_CLAUSE
            But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one of his former prosecutors said the two cases were different. # that “General Petraeus got in trouble for far less,” # claimed # Trump # SOURCE_CUE_THAT_CLAUSE
            But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one of his former prosecutors said the two cases were different. # the two cases were different # said # one of his former prosecutors # SOURCE_CUE_THAT_CLAUSE
            He said comprehensive reform “is a ‘when’ question in this country. It is not an ‘if’ question.” Then he left. # comprehensive reform “is a ‘when’ question in this country. It is not an ‘if’ question.” # said # He # SOURCE_CUE_THAT_CLAUSE
            Wasserman Schultz said that the platform should back the United States’ “stalwart allies,” specifically naming Israel. # that the platform should back the United States’ “stalwart allies,” specifically naming Israel # said # Wasserman Schultz # SOURCE_CUE_THAT_CLAUSE
            Rogers said that “what matters is more than winning. What really matters is helping others win.” # that “what matters is more than winning. What really matters is helping others win.” # said # Rogers # SOURCE_CUE_THAT_CLAUSE
            Voters who supported Sanders said the plan would fail. # the plan would fail # said # Voters who supported Sanders # SOURCE_CUE_THAT_CLAUSE
            The doctor called Oz a quack. # Oz a quack # called # The doctor # SOURCE_CUE_THAT_CLAUSE
            Citing local news outlets, the Associated Press reports that Hess almost missed the flight. # that Hess almost missed the flight # reports # the Associated Press # SOURCE_CUE_THAT_CLAUSE
            CNN reported at least six planes filled the skies. # at least six planes filled the skies # reported # CNN # SOURCE_CUE_THAT_CLAUSE
            Recent news reports say the plan failed. # the plan failed # say # Recent news reports # SOURCE_CUE_THAT_CLAUSE
            The allies on Monday predicted an overwhelming victory. # an overwhelming victory # predicted # The allies # SOURCE_CUE_THAT_CLAUSE
            Federal prosecutors in April charged two developers with fraud. # two developers with fraud # charged # Federal prosecutors # SOURCE_CUE_THAT_CLAUSE
            Democrats running for the Senate say they have a weapon. # they have a weapon # say # Democrats running for the Senate # SOURCE_CUE_THAT_CLAUSE
            Democrats in November say they have a weapon. # they have a weapon # say # Democrats # SOURCE_CUE_THAT_CLAUSE
            The group uses the same photo again, said Rita Katz, the director of a group which tracks terrorists’ communications. # The group uses the same photo again # said # Rita Katz, the director of a group which tracks terrorists’ communications # CLAUSE_THEN_CUE
            He says he fears returning home and is seeking political asylum. # he fears returning home and is seeking political asylum # says # He # SOURCE_CUE_THAT_CLAUSE
            She said she has no plans to change her vote and would not identify any issue. # she has no plans to change her vote # said # She # SOURCE_CUE_THAT_CLAUSE
            One of the docs who sent the letter said Oz was a quack. # Oz was a quack # said # One of the docs who sent the letter # SOURCE_CUE_THAT_CLAUSE
            Trump and Sanders have both argued that the deal is bad. # that the deal is bad # have both argued # Trump and Sanders # SOURCE_CUE_THAT_CLAUSE
            She has since said that she regrets it. # that she regrets it # has since said # She # SOURCE_CUE_THAT_CLAUSE
            Cruz told reporters in Iowa the plan would fail. # the plan would fail # told # Cruz # SOURCE_CUE_THAT_CLAUSE
            Cruz told reporters in Concord, N.H., the plan would fail. # the plan would fail # told # Cruz # SOURCE_CUE_THAT_CLAUSE
            Braynard was quoted as saying that the plan would fail. # that the plan would fail # was quoted as saying # Braynard # SOURCE_CUE_THAT_CLAUSE
            The union, which endorsed Sanders, said that while polling showed his support lagging, it was growing. # that while polling showed his support lagging, it was growing # said # The union, which endorsed Sanders # SOURCE_CUE_THAT_CLAUSE
            She has said little about the plan, and people familiar with her thinking say she now sees the risks. # she now sees the risks # say # people familiar with her thinking # SOURCE_CUE_THAT_CLAUSE
            Clinton has nevertheless called his vote an irresponsible one. # his vote an irresponsible one # has nevertheless called # Clinton # SOURCE_CUE_THAT_CLAUSE
            All said the deal was bad. # the deal was bad # said # All # SOURCE_CUE_THAT_CLAUSE
            Since accepting the nomination, she said the deal was bad. # the deal was bad # said # she # SOURCE_CUE_THAT_CLAUSE
            He kept asking whether the plan would work.               # whether the plan would work # kept asking # He # SOURCE_CUE_THAT_CLAUSE
            Trump responded by saying the poll was rigged.            # the poll was rigged # responded by saying # Trump # SOURCE_CUE_THAT_CLAUSE
            Overall, the fund predicted that growth would slow.        # that growth would slow # predicted # the fund # SOURCE_CUE_THAT_CLAUSE
            Those who voted for Trump said the plan would fail. # the plan would fail # said # Those who voted for Trump # SOURCE_CUE_THAT_CLAUSE
            Then someone asked how Clinton could inspire young people. # how Clinton could inspire young people # asked # someone # SOURCE_CUE_THAT_CLAUSE
            But no one said the vote was rigged. # the vote was rigged # said # no one # SOURCE_CUE_THAT_CLAUSE
            Bottom line: nobody knows how the race ends. # how the race ends # knows # nobody # SOURCE_CUE_THAT_CLAUSE
            He’s suggesting that delegates from states he won should flip to his column. # that delegates from states he won should flip to his column # ’s suggesting # He # SOURCE_CUE_THAT_CLAUSE
            Rubio said there is a hunger for new faces and voices in government. # there is a hunger for new faces and voices in government # said # Rubio # SOURCE_CUE_THAT_CLAUSE
            He noted that Clinton has accepted millions in campaign donations and hundreds of thousands in speaking fees from banks. # that Clinton has accepted millions in campaign donations and hundreds of thousands in speaking fees from banks # noted # He # SOURCE_CUE_THAT_CLAUSE
            He added that she and Mr. Pinchuk had spoken briefly about democracy in Ukraine. # that she and Mr. Pinchuk had spoken briefly about democracy in Ukraine # added # He # SOURCE_CUE_THAT_CLAUSE
            Republicans continue to warn that the nuclear deal was a dangerous mistake. # that the nuclear deal was a dangerous mistake # continue to warn # Republicans # SOURCE_CUE_THAT_CLAUSE
            Walking into the office to chants of “Marco! Marco!,” the senator said his campaign here was closing strong. # his campaign here was closing strong # said # the senator # SOURCE_CUE_THAT_CLAUSE
            She is noting the “kind of problems” Sanders had answering questions about banks. # the “kind of problems” Sanders had answering questions about banks # is noting # She # SOURCE_CUE_THAT_CLAUSE
            Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts. # he would debate the front-runner # had said # who # SOURCE_CUE_THAT_CLAUSE
            Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts. # Clinton on two fronts # criticized # Sanders # SOURCE_CUE_THAT_CLAUSE
            Frazier said the amendment was a gesture intended to highlight "the hypocrisy of the Democrats" on citizenship. # the amendment was a gesture intended to highlight "the hypocrisy of the Democrats" on citizenship # said # Frazier # SOURCE_CUE_THAT_CLAUSE
            Emanuel told reporters that his office would stop opposing the video's release. # that his office would stop opposing the video's release # told # Emanuel # SOURCE_CUE_THAT_CLAUSE
            The veteran told me he had never seen anything like it.   # he had never seen anything like it # told # The veteran # SOURCE_CUE_THAT_CLAUSE
            The anti-Washington express that worked so well in Texas would derail in a general election, Sabato said. # The anti-Washington express that worked so well in Texas would derail in a general election # said # Sabato # CLAUSE_THEN_CUE
            A witness said the division head told employees not to disclose the hack, the report said. # A witness said the division head told employees not to disclose the hack # said # the report # CLAUSE_THEN_CUE
            It's not only about creating big audiences for advertisers, he and Mr. Allen said. # It's not only about creating big audiences for advertisers # said # he and Mr. Allen # CLAUSE_THEN_CUE
            He said he would quarantine people over fears of the Zika virus, which is spread by mosquitoes. # he would quarantine people over fears of the Zika virus # said # He # SOURCE_CUE_THAT_CLAUSE
            Clinton leads Trump by two points among likely voters in the state, according to Andy Smith, director of the Survey Center, which conducted the poll. # Clinton leads Trump by two points among likely voters in the state # according to # Andy Smith, director of the Survey Center, which conducted the poll # ACCORDING_TO
            “I ask you not to engage in any kind of protest on the floor,” Sanders said, according to CNN. # “I ask you not to engage in any kind of protest on the floor,” Sanders said # according to # CNN # ACCORDING_TO
            Marlon Marshall, Clinton's director of state campaigns, said the campaign is taking nothing for granted. # the campaign is taking nothing for granted # said # Marlon Marshall, Clinton's director of state campaigns # SOURCE_CUE_THAT_CLAUSE
            As Breitbart News reported, even on Friday, the White House was refusing to call it terrorism. # even on Friday, the White House was refusing to call it terrorism # reported # Breitbart News # ACCORDING_TO
            A new poll found Clinton leading by four points.          # Clinton leading by four points # found # A new poll # SOURCE_CUE_THAT_CLAUSE
            He said Trump is a “strong leader,” adding that he admires him. # Trump is a “strong leader,” # said # He # SOURCE_CUE_THAT_CLAUSE
            Robby Mook said as much in an interview on Thursday.      # as much # said # Robby Mook # SOURCE_CUE_THAT_CLAUSE
            Large sections of the city are divided by race, other studies have shown. # Large sections of the city are divided by race # have shown # other studies # CLAUSE_THEN_CUE
            To varying degrees, all agreed that the proposal would increase taxes. # that the proposal would increase taxes # agreed # all # SOURCE_CUE_THAT_CLAUSE
            Democrats, Frank notes, applaud the shrewd management of the governor. # Democrats | applaud the shrewd management of the governor # notes # Frank # PARENTHETICAL_CUE
            He hopes to topple Clinton in Iowa, which, his advisers believe, would lead to wins. # which | would lead to wins # believe # his advisers # PARENTHETICAL_CUE
            The jet was insured for $35 million in 2011, records show, and experts say it is worth less now. # The jet was insured for $35 million in 2011 # show # records # PARENTHETICAL_CUE
            The jet was insured for $35 million in 2011, records show, and experts say it is worth less now. # it is worth less now # say # experts # SOURCE_CUE_THAT_CLAUSE
            In several cases, tech executives say, they have been asked to keep it online. # In several cases | they have been asked to keep it online # say # tech executives # PARENTHETICAL_CUE
            At times, people close to the vice president said, the mere mention of her name made him angry. # At times | the mere mention of her name made him angry # said # people close to the vice president # PARENTHETICAL_CUE
            The truth, the senator said then, was that Trump had attacked his wife. # The truth | was that Trump had attacked his wife # said # the senator # PARENTHETICAL_CUE
            The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid less. # The middle fifth paid 8.9 percent | and the bottom fifth paid less # said # the agency # PARENTHETICAL_CUE
            Ayotte says she is going to vote for Trump but has withheld her endorsement. # she is going to vote for Trump # says # Ayotte # SOURCE_CUE_THAT_CLAUSE
            Nearly eight in 10 Democratic voters said they back the nominee. # they back the nominee # said # Nearly eight in 10 Democratic voters # SOURCE_CUE_THAT_CLAUSE
            Democratic insiders in New Hampshire said Clinton would win the state. # Clinton would win the state # said # Democratic insiders in New Hampshire # SOURCE_CUE_THAT_CLAUSE
            Trump said that he had won the most states and the most votes. # that he had won the most states and the most votes # said # Trump # SOURCE_CUE_THAT_CLAUSE
            GOP front-runner Donald Trump - who previously said he would bomb the oil fields - said at a rally that the border should close. # he would bomb the oil fields # previously said # who # SOURCE_CUE_THAT_CLAUSE
            GOP front-runner Donald Trump - who previously said he would bomb the oil fields - said at a rally that the border should close. # that the border should close # said # GOP front-runner Donald Trump # SOURCE_CUE_THAT_CLAUSE
            Walking to the next address, Ebeling reminisced about her youth, and said the war had changed them both. # the war had changed them both # said # Ebeling # SOURCE_CUE_THAT_CLAUSE
            A 2014 House Intelligence Committee report found no evidence of a stand-down order. # no evidence of a stand-down order # found # A 2014 House Intelligence Committee report # SOURCE_CUE_THAT_CLAUSE
            CNN didn't report that Carson was dropping out. # that Carson was dropping out # didn't report # CNN # SOURCE_CUE_THAT_CLAUSE
            Both sides have also acknowledged that fixing the tax code will take time. # that fixing the tax code will take time # have also acknowledged # Both sides # SOURCE_CUE_THAT_CLAUSE
            Other candidates said they support charter schools, but they wouldn’t advocate for them, because those decisions should be left to states, they said. # they support charter schools # said # Other candidates # SOURCE_CUE_THAT_CLAUSE
            The Trump campaign said the candidate will attend events in Kansas, CNN reported. # The Trump campaign said the candidate will attend events in Kansas # reported # CNN # CLAUSE_THEN_CUE
            The IG report cited a 2005 memo that warned officials about the risks. # a 2005 memo that warned officials about the risks # cited # The IG report # SOURCE_CUE_THAT_CLAUSE
            Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said that Sanders was rude. # that Sanders was rude # said # Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012 # SOURCE_CUE_THAT_CLAUSE
            While liberals dismissed him as a Hollywood actor, the truth was he was a successful governor. # him as a Hollywood actor # dismissed # liberals # SOURCE_CUE_THAT_CLAUSE
            In January, in his final address, he conceded he had fallen short. # he had fallen short # conceded # he # SOURCE_CUE_THAT_CLAUSE
            One delegate, Kelly Schmidt, told POLITICO she was leaning toward Cruz. # she was leaning toward Cruz # told # One delegate, Kelly Schmidt # SOURCE_CUE_THAT_CLAUSE
            McConnell's spokesman wouldn't say when the Senate will vote on the nominees. # when the Senate will vote on the nominees # wouldn't say # McConnell's spokesman # SOURCE_CUE_THAT_CLAUSE
            He hasn’t said whether the Senate will vote on the nominees. # whether the Senate will vote on the nominees # hasn’t said # He # SOURCE_CUE_THAT_CLAUSE
            Amid the din of the Republican race, many voters say they missed the debate. # they missed the debate # say # many voters # SOURCE_CUE_THAT_CLAUSE
            Clinton looks tired - an old complaint - but others say he has never been healthier. # he has never been healthier # say # others # SOURCE_CUE_THAT_CLAUSE
            Asked if her email practices were illegal, 46 percent of voters said yes, compared with 23 percent. # yes # said # 46 percent of voters # SOURCE_CUE_THAT_CLAUSE
            Six in 10 voters think Clinton is honest, and three-quarters said the same of Sanders. # the same of Sanders # said # three-quarters # SOURCE_CUE_THAT_CLAUSE
            That will be true up to a point, said Sherman, a university grad whose zeal has driven reporters off the beat. # That will be true up to a point # said # Sherman, a university grad whose zeal has driven reporters off the beat # CLAUSE_THEN_CUE
            The policy changes, which officials said will take effect soon, will not apply to everyone. # which | will take effect soon # said # officials # RELATIVE_CLAUSE
            Obama called the assault that killed five officers "an attack on our country." # the assault that killed five officers "an attack on our country." # called # Obama # SOURCE_CUE_THAT_CLAUSE
            At the convention, Ivanka spoke passionately about her father's competitive drive. # her father's competitive drive # spoke passionately about # Ivanka # CUE_IN_SENTENCE
            Chief Justice John G. Roberts Jr. spoke of the legacy of racism. # the legacy of racism # spoke of # Chief Justice John G. Roberts Jr. # CUE_IN_SENTENCE
            At the rally, Clinton spoke out Tuesday about the death of Terence Crutcher. # the death of Terence Crutcher # spoke out Tuesday about # Clinton # CUE_IN_SENTENCE
            The numbers changed over the summer, as Sanders has sometimes acknowledged. # The numbers changed over the summer # has sometimes acknowledged # Sanders # CLAUSE_THEN_CUE
            According to Fleming's “The Fixers” and other sources, his was an all-purpose job. # his was an all-purpose job # According to # Fleming's “The Fixers” and other sources # ACCORDING_TO
            He said he can win not only the nomination, but also the general election. # he can win not only the nomination, but also the general election # said # He # SOURCE_CUE_THAT_CLAUSE
            Romney said he would not only be crushed but also undermine the party. # he would not only be crushed but also undermine the party # said # Romney # SOURCE_CUE_THAT_CLAUSE
            The senator praised not only the plan, but also the budget. # not only the plan, but also the budget # praised # The senator # SOURCE_CUE_THAT_CLAUSE
            Ryan said the police shootings and protests demands that all Americans listen more. # the police shootings and protests demands that all Americans listen more # said # Ryan # SOURCE_CUE_THAT_CLAUSE
            He said he needed to connect Gilbert Chagoury, a billionaire donor, with someone at the State Department. # he needed to connect Gilbert Chagoury, a billionaire donor, with someone at the State Department # said # He # SOURCE_CUE_THAT_CLAUSE
            He said he needed to connect Gilbert Chagoury, a billionaire donor. # he needed to connect Gilbert Chagoury # said # He # SOURCE_CUE_THAT_CLAUSE
            She criticized the new trade deal with China in an interview with CNN. # the new trade deal with China # criticized # She # SOURCE_CUE_THAT_CLAUSE
            A source said he could not answer because they had asked only hours earlier in a letter to the department. # he could not answer because they had asked only hours earlier in a letter to the department # said # A source # SOURCE_CUE_THAT_CLAUSE
            He said he had written a commentary for the Clarion-Ledger, the state's largest newspaper. # he had written a commentary for the Clarion-Ledger # said # He # SOURCE_CUE_THAT_CLAUSE
            He said that with the delegates she had, the debate would not do much. # that with the delegates she had, the debate would not do much # said # He # SOURCE_CUE_THAT_CLAUSE
            He said they differ on Israel, the Iranian nuclear deal and the budget. # they differ on Israel, the Iranian nuclear deal and the budget # said # He # SOURCE_CUE_THAT_CLAUSE
            In a Facebook message posted Friday, Cruz said he has had disagreements with Trump. # he has had disagreements with Trump # said # Cruz # SOURCE_CUE_THAT_CLAUSE
            Haugland has argued for years that delegates can’t be bound. # that delegates can’t be bound # has argued # Haugland # SOURCE_CUE_THAT_CLAUSE
            Cruz agreed with Rubio that the deal was bad. # that the deal was bad # agreed # Cruz # SOURCE_CUE_THAT_CLAUSE
            Mariano said Clinton allowed her staff and the public to think that it was a pulled muscle. # Clinton allowed her staff and the public to think that it was a pulled muscle # said # Mariano # SOURCE_CUE_THAT_CLAUSE
            Obama has encouraged European nations to bolster their armies and the NATO chief said the alliance would grow. # the alliance would grow # said # the NATO chief # SOURCE_CUE_THAT_CLAUSE
            A study by Harvard and the University of California said the effect was small. # the effect was small # said # A study by Harvard and the University of California # SOURCE_CUE_THAT_CLAUSE
            Cruz dismissed the argument that he could not work with Congress. # the argument that he could not work with Congress # dismissed # Cruz # SOURCE_CUE_THAT_CLAUSE
            Both parents stiffened their denunciation of Mr. Trump, saying that he lacked the character to be president. # that he lacked the character to be president # saying # Both parents # TRAILING_PARTICIPLE
            As the Washington Post reported just today, the inspector general issued subpoenas to the foundation. # the inspector general issued subpoenas to the foundation # reported # the Washington Post # ACCORDING_TO
            In her 2003 book, Living History, Clinton noted the clot’s existence. # the clot’s existence # noted # Clinton # SOURCE_CUE_THAT_CLAUSE
            Clinton told investigators she was advised to use a private account, the New York Times reported late Thursday. # Clinton told investigators she was advised to use a private account # reported # the New York Times # CLAUSE_THEN_CUE
            The deal is done, his cousin told the Post. # The deal is done # told # his cousin # CLAUSE_THEN_CUE
            But Crawford, who recalled taking the service elevator up to the private Trump Tower suite to work on the book, said in an interview that the project never came to pass. # that the project never came to pass # said in an interview # Crawford # SOURCE_CUE_THAT_CLAUSE
            Japan’s central bank ended a policy meeting on Friday by saying it would keep rates low. # it would keep rates low # saying # Japan’s central bank # SOURCE_CUE_THAT_CLAUSE
            Cuomo went on CNN to declare that Clinton was the winner. # that Clinton was the winner # to declare # Cuomo # SOURCE_CUE_THAT_CLAUSE
            As The Post’s Ruth Marcus puts it, Obama is trying to make Republicans an offer they can’t refuse. # Obama is trying to make Republicans an offer they can’t refuse # puts it # The Post’s Ruth Marcus # ACCORDING_TO
            Hemsley, the co-author of “Going Viral,” about the rapid spread of information, said the days were over. # the days were over # said # Hemsley, the co-author of “Going Viral,” about the rapid spread of information # SOURCE_CUE_THAT_CLAUSE
            But he said he was too busy to look for evidence: “I have a lot going on,” he wrote. # he was too busy to look for evidence # said # he # SOURCE_CUE_THAT_CLAUSE
            The actors are all quick to point out that they are not making fun of anyone. # that they are not making fun of anyone # are all quick to point out # The actors # SOURCE_CUE_THAT_CLAUSE
            Hillary Clinton made it clear to House Democrats on Wednesday that she has their backs. # that she has their backs # made it clear # Hillary Clinton # SOURCE_CUE_THAT_CLAUSE
            He has also made clear he will seek to influence the shape of the party platform. # he will seek to influence the shape of the party platform # has also made clear # He # SOURCE_CUE_THAT_CLAUSE
            The State Department said it found no evidence that the document was ever sent. # it found no evidence that the document was ever sent # said # The State Department # SOURCE_CUE_THAT_CLAUSE
            The defeat won't derail his campaign, as some have speculated. # The defeat won't derail his campaign # have speculated # some # ACCORDING_TO
            The senator said Mr. Obama knows that the deal is bad. # Mr. Obama knows that the deal is bad # said # The senator # SOURCE_CUE_THAT_CLAUSE
            He says Obama “knows full well that the law already says so.” # Obama “knows full well that the law already says so.” # says # He # SOURCE_CUE_THAT_CLAUSE
            What he told me on Friday, is that he is the anchor of a news program. # that he is the anchor of a news program # told # he # SOURCE_CUE_THAT_CLAUSE
            """)
    void findsWhatASpeechVerbReports(String text, String content, String cue, String source, String rule) {
        assertStatement(text, content, cue, source, rule);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Trump has called for a ban on new trade deals.              # a ban on new trade deals # has called for # Trump # VERB_COMPLEMENT
            Cruz exhorted Republicans to "vote your conscience" and said he stood on principle. # Republicans to "vote your conscience" # exhorted # Cruz # SOURCE_CUE_THAT_CLAUSE
            Mills "got an immunity agreement," Jordan said.            # Mills "got an immunity agreement," # said # Jordan # QUOTE_THEN_SOURCE_THEN_CUE
            Yet, "it is hard to make a causal link," added Zarate.     # "it is hard to make a causal link," # added # Zarate # QUOTE_THEN_CUE_THEN_SOURCE
            Bloomberg had decided not to make a presidential bid. # not to make a presidential bid # had decided # Bloomberg # VERB_COMPLEMENT
            Biden decided not to enter the race and she performed well. # not to enter the race # decided # Biden # VERB_COMPLEMENT
            Angela Merkel heralded the deal with Turkey as a “breakthrough.” # the deal with Turkey as a “breakthrough.” # heralded # Angela Merkel # QUOTED_DESCRIPTION
            Republican Donald Trump is doubling down on his support for harsh interrogation. # harsh interrogation # is doubling down on his support for # Republican Donald Trump # NOUN_CUE
            She criticized what she called the angry, divisive rhetoric of her rival. # what she called the angry, divisive rhetoric of her rival # criticized # She # VERB_COMPLEMENT
            Romney attacked Trump over his taxes, calling it “disqualifying” and asserting that it was bad. # it “disqualifying” # calling # Romney # TRAILING_PARTICIPLE
            Trump summed up Clinton as “terrible” and “weak” at the rally. # Clinton as “terrible” and “weak” # summed up # Trump # QUOTED_DESCRIPTION
            Trump openly admires Russian President Vladimir Putin as a “strong leader.” # Russian President Vladimir Putin as a “strong leader.” # openly admires # Trump # QUOTED_DESCRIPTION
            While saying that he does respect Mrs. Clinton, he continued to express doubts about her. # that he does respect Mrs. Clinton # saying # he # PARTICIPLE_CLAUSE
            After saying her right foot was swollen, she was taken to the hospital. # her right foot was swollen # saying # she # PARTICIPLE_CLAUSE
            After suggesting on Wednesday that he regretted lobbing insults at Mr. Trump, Mr. Rubio disagreed with him. # that he regretted lobbing insults at Mr. Trump # suggesting # Mr. Rubio # PARTICIPLE_CLAUSE
            “That is not true,” Sanders said sarcastically.             # “That is not true,” # said sarcastically # Sanders # QUOTE_THEN_SOURCE_THEN_CUE
            "We’ve got to win Loudoun," Will Estrada said.             # "We’ve got to win Loudoun," # said # Will Estrada # QUOTE_THEN_SOURCE_THEN_CUE
            "Thanks for welcoming these refugees," said master of ceremonies Asab Al-Tabchi. # "Thanks for welcoming these refugees," # said # master of ceremonies Asab Al-Tabchi # QUOTE_THEN_CUE_THEN_SOURCE
            “I admit, he’s like 6’2”,” Rubio said Sunday in Virginia.   # “I admit, he’s like 6’2”,” # said # Rubio # QUOTE_THEN_SOURCE_THEN_CUE
            In ‘08 the mood was different. “I do sense that people are aware,” he said. # “I do sense that people are aware,” # said # he # QUOTE_THEN_SOURCE_THEN_CUE
            Music of the '80s is back. “I do sense that people are aware,” he said. # “I do sense that people are aware,” # said # he # QUOTE_THEN_SOURCE_THEN_CUE
            “Publish the book that Trump doesn't want you to read,” the pitch on Kickstarter says. # “Publish the book that Trump doesn't want you to read,” # says # the pitch on Kickstarter # QUOTE_THEN_SOURCE_THEN_CUE
            “That is not true,” Sanders said dryly.                     # “That is not true,” # said dryly # Sanders # QUOTE_THEN_SOURCE_THEN_CUE
            It was what aide Kevin Phillips called “the beginning of a new era.” # what | “the beginning of a new era.” # called # aide Kevin Phillips # SOURCE_CUE_THEN_QUOTE
            His ire was directed at Bannon, who Beck on Wednesday called “a horrible human being.” # who | “a horrible human being.” # called # Beck # SOURCE_CUE_THEN_QUOTE
            North Korea is violating the resolutions — which he added “is deeply regrettable.” # which | “is deeply regrettable.” # added # he # SOURCE_CUE_THEN_QUOTE
            Obama is optimistic that Americans will say “no” to the plan. # “no” to the plan # will say # Americans # SOURCE_CUE_THEN_QUOTE
            The probe found attacks, which the probe said were covered up to protect the chairman. # which | were covered up to protect the chairman # said # the probe # RELATIVE_CLAUSE
            “Did you know it was Mussolini?” Todd asked the real estate mogul. # “Did you know it was Mussolini?” # asked # Todd # QUOTE_THEN_SOURCE_THEN_CUE
            As the columnist Louella Parsons had written a few years earlier, “We could not do without him.” # “We could not do without him.” # had written # the columnist Louella Parsons # SOURCE_CUE_THEN_QUOTE
            Sam Lau, a party spokesman, said in a statement. “There are no paper ballots to recount.” # “There are no paper ballots to recount.” # said in a statement # Sam Lau, a party spokesman # SOURCE_CUE_THEN_QUOTE
            Both Ukraine and Russia appear focused on shaping the battlefield in their favour. # shaping the battlefield in their favour # focused on # Both Ukraine and Russia # VERB_COMPLEMENT
            Chastened by the analyses, Trump revised his plan, promising to focus on average Americans. # to focus on average Americans # promising # Trump # TRAILING_PARTICIPLE
            Sen. Bernie Sanders called on Gov. Rick Snyder to resign.   # Gov. Rick Snyder to resign # called on # Sen. Bernie Sanders # VERB_COMPLEMENT
            He persuaded the government to lower grain export tariffs.  # the government to lower grain export tariffs # persuaded # He # VERB_COMPLEMENT
            Trump lashed out at Khan on Sunday.                         # Khan # lashed out at # Trump # VERB_COMPLEMENT
            Arizona Sen. John McCain distanced himself from President George W. Bush. # President George W. Bush # distanced himself from # Arizona Sen. John McCain # VERB_COMPLEMENT
            Clinton laid out her plan for fighting the Islamic State.   # her plan for fighting the Islamic State # laid out # Clinton # VERB_COMPLEMENT
            He expressed concern that the businessman was encouraging violence. # that the businessman was encouraging violence # expressed concern # He # VERB_COMPLEMENT
            Mr. Biden expressed astonishment at her handling of the emails. # her handling of the emails # expressed astonishment at # Mr. Biden # VERB_COMPLEMENT
            All the attendees expressed their support for Trump.        # their support for Trump # expressed # All the attendees # VERB_COMPLEMENT
            The CORE Teachers endorsed Sanders in February.             # Sanders # endorsed # The CORE Teachers # VERB_COMPLEMENT
            Analysts see his determination to broker a cease-fire as driven by fear. # his determination to broker a cease-fire as driven by fear # see # Analysts # VERB_COMPLEMENT
            He vowed to continue the fight, while we still can.          # to continue the fight # vowed # He # VERB_COMPLEMENT
            He vowed to “continue the fight, while we still can.”        # to “continue the fight, while we still can.” # vowed # He # VERB_COMPLEMENT
            Ricketts helps fund Future45, a group that intends to hammer Clinton with ads. # to hammer Clinton with ads # intends # that # VERB_COMPLEMENT
            Bush also attacked billionaire Donald Trump, with whom he clashed at the debate. # billionaire Donald Trump # also attacked # Bush # VERB_COMPLEMENT
            A new batch of emails released this week showed the close ties between the two. # the close ties between the two # showed # A new batch of emails released this week # VERB_COMPLEMENT
            The ballot fight is expected to be a costly operation.      # The ballot fight | to be a costly operation # is expected # - # IMPERSONAL_STANCE
            Ginsburg is known for her liberal bent.                      # Ginsburg | her liberal bent # is known for # - # IMPERSONAL_STANCE
            Donald Trump isn’t expected to attend the dinner.            # Donald Trump | to attend the dinner # isn’t expected # - # IMPERSONAL_STANCE
            She is moving to Los Angeles but is expected to keep her show. # She | to keep her show # is expected # - # IMPERSONAL_STANCE
            Clinton has the support of women and older voters.           # Clinton # has the support of # women and older voters # SUPPORT_RECEIVED
            Cruz still has not received any endorsements from his fellow senators. # Cruz # still has not received any endorsements from # his fellow senators # SUPPORT_RECEIVED
            Trump is expected to be competitive in that contest.         # Trump | to be competitive in that contest # is expected # - # IMPERSONAL_STANCE
            He is better known as a Dallas Cowboys fan.                  # He | a Dallas Cowboys fan # is better known as # - # IMPERSONAL_STANCE
            The speaker seemed to be shrinking in political stature.     # The speaker | to be shrinking in political stature # seemed # - # IMPERSONAL_STANCE
            The race itself has seemed to take on his personality.       # The race itself | to take on his personality # has seemed # - # IMPERSONAL_STANCE
            The two both seemed to be well-known in town.                # The two | to be well-known in town # seemed # - # IMPERSONAL_STANCE
            It seems increasingly likely that Trump will be the nominee. # increasingly likely that Trump will be the nominee # seems # - # IMPERSONAL_STANCE
            Clinton seemed irritated: “It's a public statement!” she wrote. # Clinton | irritated # seemed # - # IMPERSONAL_STANCE
            It appears that the game was not boring to everyone.        # that the game was not boring to everyone # appears # - # IMPERSONAL_STANCE
            It appears, though, that the game was not boring to everyone. # that the game was not boring to everyone # appears # - # IMPERSONAL_STANCE
            It seems the Democrats have way too many superdelegates.    # the Democrats have way too many superdelegates # seems # - # IMPERSONAL_STANCE
            Superdelegates might seem profoundly anti-democratic, but parties are free. # Superdelegates | profoundly anti-democratic # might seem # - # IMPERSONAL_STANCE
            Democrats, too, appeared headed for a prolonged and spirited contest. # Democrats | headed for a prolonged and spirited contest # appeared # - # IMPERSONAL_STANCE
            The event seemed an insult away from erupting into a brawl. # The event | an insult away from erupting into a brawl # seemed # - # IMPERSONAL_STANCE
            Berlin's hesitance may seem like little more than a snag.   # Berlin's hesitance | little more than a snag # may seem like # - # IMPERSONAL_STANCE
            New Hampshire seems stable for now.                         # New Hampshire | stable for now # seems # - # IMPERSONAL_STANCE
            Clinton seemed irritated.                                   # Clinton | irritated # seemed # - # IMPERSONAL_STANCE
            Voters already appear fatigued.                             # Voters | fatigued # already appear # - # IMPERSONAL_STANCE
            Trump had been expected to visit Capitol Hill next week.    # Trump | to visit Capitol Hill next week # had been expected # - # IMPERSONAL_STANCE
            Agencies are not necessarily expected to find every record. # Agencies | to find every record # are not necessarily expected # - # IMPERSONAL_STANCE
            Mrs. Clinton is seen as far more capable of dealing with racial tensions. # Mrs. Clinton | as far more capable of dealing with racial tensions # is seen # - # IMPERSONAL_STANCE
            Twitter is increasingly seen as a source of news.           # Twitter | as a source of news # is increasingly seen # - # IMPERSONAL_STANCE
            Mrs. Clinton is seen as far more capable than Mr. Trump - 60 percent of voters said so. # Mrs. Clinton | as far more capable than Mr. Trump # is seen # - # IMPERSONAL_STANCE
            The DNC, which is seen as politically aligned with Clinton, responded. # which | as politically aligned with Clinton # is seen # - # IMPERSONAL_STANCE
            Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy. # Mr. Netanyahu as captured by a hard-line philosophy # sees # Mr. Obama # VERB_COMPLEMENT
            Despite the fact that neither contest appears to have a real race, turnout was high. # neither contest | to have a real race # appears # - # IMPERSONAL_STANCE
            Clinton sees the issue as a way to solidify her lead.       # the issue as a way to solidify her lead # sees # Clinton # VERB_COMPLEMENT
            Republicans like to cite the weakness.                       # to cite the weakness # like # Republicans # VERB_COMPLEMENT
            Trump's criticism of the trade deal angered the allies.    # the trade deal # criticism of # Trump's # NOUN_CUE
            Donald Trump’s attacks on the trade deal angered the allies. # the trade deal # attacks on # Donald Trump’s # NOUN_CUE
            Trump has gotten traction with his promise to build a wall. # to build a wall # promise # his # NOUN_CUE
            She kept her promise to voters in Iowa. # voters in Iowa # promise to # her # NOUN_CUE
            There were numerous complaints that interlopers were racing around the greens. # that interlopers were racing around the greens # complaints # - # NOUN_CUE
            His support for scrapping superdelegates isn’t shared by most senators. # scrapping superdelegates # support for # His # NOUN_CUE
            His critique of Trump’s Middle Eastern policy was sharp. # Trump’s Middle Eastern policy # critique of # His # NOUN_CUE
            Mr. Obama's criticism of the trade deal angered the allies. # the trade deal # criticism of # Mr. Obama's # NOUN_CUE
            But Donald Trump's attacks on the trade deal angered the allies. # the trade deal # attacks on # Donald Trump's # NOUN_CUE
            His standing improved after his call for "a total and complete ban" on all Muslims. # "a total and complete ban" on all Muslims # call for # his # NOUN_CUE
            In a speech in Fort Pierce, Clinton sketched her proposals for national service. # her proposals for national service # sketched # Clinton # IN_DOCUMENT
            In an interview, she compared abortion to the Holocaust.    # abortion to the Holocaust # compared # she # VERB_COMPLEMENT
            In an interview, she equated abortion with the Holocaust.   # abortion with the Holocaust # equated # she # IN_DOCUMENT
            In a poll released Monday, half of the voters chose Clinton. # half of the voters chose Clinton # In # a poll released Monday # IN_DOCUMENT
            If they leak it, hackers are “losing the value of the operation,” he said. # If they leak it, hackers are “losing the value of the operation,” # said # he # QUOTE_THEN_SOURCE_THEN_CUE
            The markets shrugged off his claim that the economy was rigged, and stocks rose. # that the economy was rigged # claim # his # NOUN_CUE
            "PENCE: Well, look, this plan works for everyone.           # Well, look, this plan works for everyone # : # PENCE # SPEAKER_LABEL
            Judicial Watch: State Department Hid Key Email For Years.   # State Department Hid Key Email For Years # : # Judicial Watch # SPEAKER_LABEL
            EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.   # Don’t Trust the Voting Machines # : # Roger Stone # SPEAKER_LABEL
            Clinton camp: Trump’s Islamaphobia threatens national security. # Trump’s Islamaphobia threatens national security # : # Clinton camp # SPEAKER_LABEL
            Giuliani trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute. # it a “no-brainer” to prosecute # calling # Giuliani # TRAILING_PARTICIPLE
            Trump has vowed to build a wall along the U.S.-Mexico border. # to build a wall along the U.S.-Mexico border # has vowed # Trump # VERB_COMPLEMENT
            “The administration is constrained by law,” White House press secretary Josh Earnest said. # “The administration is constrained by law,” # said # White House press secretary Josh Earnest # QUOTE_THEN_SOURCE_THEN_CUE
            “There’s tremendous energy in a whole host of races,” Rep. Earl Blumenauer (D-Ore.) said. # “There’s tremendous energy in a whole host of races,” # said # Rep. Earl Blumenauer (D-Ore.) # QUOTE_THEN_SOURCE_THEN_CUE
            "We will build a great wall along the southern border!" he said to an enormous cheer. # "We will build a great wall along the southern border!" # said # he # QUOTE_THEN_SOURCE_THEN_CUE
            Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win. # “the unique magic of Trump,” # citing # Mr. Manafort # SOURCE_CUE_THEN_QUOTE
            “Our method succeeds,” Braynard is quoted as saying. # “Our method succeeds,” # is quoted as saying # Braynard # QUOTE_THEN_SOURCE_THEN_CUE
            At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that the country should lead. # that the country should lead # saying # Mrs. Clinton # TRAILING_PARTICIPLE
            Erin Brockovich, the legendary environmental activist, endorsed the plan Saturday, saying we need to focus on Flint. # we need to focus on Flint # saying # Erin Brockovich, the legendary environmental activist # TRAILING_PARTICIPLE
            Katrina Pierson, a spokeswoman for Trump, has expanded on the accusations, wrongly suggesting that the judge is biased. # that the judge is biased # wrongly suggesting # Katrina Pierson, a spokeswoman for Trump # TRAILING_PARTICIPLE
            Another source familiar with Cruz’s thinking said, “I think he’ll certainly try.” # “I think he’ll certainly try.” # said # Another source familiar with Cruz’s thinking # SOURCE_CUE_THEN_QUOTE
            The DNC offered “a deep and sincere apology” to Bernie Sanders after emails leaked. # “a deep and sincere apology” to Bernie Sanders # offered # The DNC # SOURCE_CUE_THEN_QUOTE
            Many voters said “no opinion” when asked about the race.     # “no opinion” # said # Many voters # SOURCE_CUE_THEN_QUOTE
            One tweet said: “This is very sad.” # “This is very sad.” # said: # One tweet # SOURCE_CUE_THEN_QUOTE
            Singh explained it this way: "It's like a wedding where the buffet is open." # "It's like a wedding where the buffet is open." # explained it this way: # Singh # SOURCE_CUE_THEN_QUOTE
            Rubio fired back forcefully: “If they sue us in Miami, they are going to lose.” # “If they sue us in Miami, they are going to lose.” # fired back forcefully: # Rubio # SOURCE_CUE_THEN_QUOTE
            In city after city, Perez lobbies for a higher minimum wage: "No one who works full time should live in poverty." # "No one who works full time should live in poverty." # lobbies for a higher minimum wage: # Perez # SOURCE_CUE_THEN_QUOTE
            The crowd ranged from skeptical to hostile: "Is it time for your strategy to change?" # "Is it time for your strategy to change?" # ranged from skeptical to hostile: # The crowd # SOURCE_CUE_THEN_QUOTE
            Hillary Clinton posted a Twitter comment of her own, saying, “We’re so excited to meet our second grandchild!” # “We’re so excited to meet our second grandchild!” # saying # Hillary Clinton # SOURCE_CUE_THEN_QUOTE
            Asked whether Mr. Clinton would hold a cabinet position, Mrs. Clinton shook her head and said, ''No.'' # ''No.'' # said # Mrs. Clinton # SOURCE_CUE_THEN_QUOTE
            Another child responded, “That’s Hillary’s husband.”       # “That’s Hillary’s husband.” # responded # Another child # SOURCE_CUE_THEN_QUOTE
            Obama declined to comment on the reports that Starr had been fired. # the reports that Starr had been fired # declined to comment on # Obama # VERB_COMPLEMENT
            She would not rule out shifting her position on Trump.     # shifting her position on Trump # would not rule out # She # VERB_COMPLEMENT
            Trump has sought to assure Jews and other Israel supporters, including evangelical Christians. # to assure Jews and other Israel supporters, including evangelical Christians # has sought # Trump # VERB_COMPLEMENT
            Clinton touted her proposals to invest in infrastructure, expand Social Security benefits, and enable debt-free college. # her proposals to invest in infrastructure, expand Social Security benefits, and enable debt-free college # touted # Clinton # VERB_COMPLEMENT
            "The candidates just don't understand the military," said Army Capt. Christian Pardo, who said he would not vote for either. # "The candidates just don't understand the military," # said # Army Capt. Christian Pardo # QUOTE_THEN_CUE_THEN_SOURCE
            "We are safe," said Meenakshi Ganguly of Human Rights Watch, who spoke on the condition of anonymity. # "We are safe," # said # Meenakshi Ganguly of Human Rights Watch, who spoke on the condition of anonymity # QUOTE_THEN_CUE_THEN_SOURCE
            "His knowledge is about 20 years old," said a longtime adviser to Trump, who is not in the Lewandowski camp. # "His knowledge is about 20 years old," # said # a longtime adviser to Trump, who is not in the Lewandowski camp # QUOTE_THEN_CUE_THEN_SOURCE
            "It's Cuba's best role," said conservative activist Bob Klaus, who is not affiliated with a candidate. # "It's Cuba's best role," # said # conservative activist Bob Klaus, who is not affiliated with a candidate # QUOTE_THEN_CUE_THEN_SOURCE
            “Donald is an amazing leader,” said the 46-year-old.       # “Donald is an amazing leader,” # said # the 46-year-old # QUOTE_THEN_CUE_THEN_SOURCE
            “It was awful,” said one witness.                          # “It was awful,” # said # one witness # QUOTE_THEN_CUE_THEN_SOURCE
            “We were deceived,” said one owner of a shop that sells shoes. # “We were deceived,” # said # one owner of a shop that sells shoes # QUOTE_THEN_CUE_THEN_SOURCE
            "If you ask one more mean question, I may have to leave," Cruz quipped in reference to the moderators. # "If you ask one more mean question, I may have to leave," # quipped # Cruz # QUOTE_THEN_SOURCE_THEN_CUE
            “What sport is he talking about?” reacted Trump.           # “What sport is he talking about?” # reacted # Trump # QUOTE_THEN_CUE_THEN_SOURCE
            “Go back home now, please,” Trump barked at the reporter.  # “Go back home now, please,” # barked # Trump # QUOTE_THEN_SOURCE_THEN_CUE
            Hillary shot back, “I suppose I could have chosen to bake cookies.” # “I suppose I could have chosen to bake cookies.” # shot back # Hillary # SOURCE_CUE_THEN_QUOTE
            Asked which county was his favorite, he demurred: “Whichever one I’m in at the moment.” # “Whichever one I’m in at the moment.” # demurred: # he # SOURCE_CUE_THEN_QUOTE
            Archbishop Aris Shirvanian told the Associated Press (AP), “We have suffered the same fate.” # “We have suffered the same fate.” # told # Archbishop Aris Shirvanian # SOURCE_CUE_THEN_QUOTE
            “The people who were offended were people we wanted to offend,” he later said. # “The people who were offended were people we wanted to offend,” # later said # he # QUOTE_THEN_SOURCE_THEN_CUE
            Said Comey, "The thought that an error on our part is connected to this is very painful to us." # "The thought that an error on our part is connected to this is very painful to us." # Said # Comey # CUE_THEN_SOURCE_THEN_QUOTE
            Scully's involvement was first reported by the New York Times. # Scully's involvement # was first reported # the New York Times # PASSIVE_BY
            The nationwide campaign, first reported by The Washington Post, is a key element of the plan. # The nationwide campaign | is a key element of the plan # first reported # The Washington Post # PASSIVE_BY
            Campaign spokesman Michael Briggs did not respond to requests for comment. # requests for comment # did not respond to # Campaign spokesman Michael Briggs # VERB_COMPLEMENT
            They are surprisingly skeptical of the sharing economy.   # the sharing economy # are surprisingly skeptical of # They # STANCE_ADJECTIVE
            Mr. Ackman is convinced that Valeant will be a comeback story. # that Valeant will be a comeback story # is convinced # Mr. Ackman # STANCE_ADJECTIVE
            She was adamant that she and the company keep the upper hand. # that she and the company keep the upper hand # was adamant # She # STANCE_ADJECTIVE
            Protesters were frustrated that the police released only some of the footage. # that the police released only some of the footage # were frustrated # Protesters # STANCE_ADJECTIVE
            Senator Jones has been critical of the trade deal.        # the trade deal # has been critical of # Senator Jones # STANCE_ADJECTIVE
            The senator agreed with the court's decision.             # the court's decision # agreed with # The senator # VERB_COMPLEMENT
            As for his personal travel, he prefers to fly private.    # to fly private # prefers # he # VERB_COMPLEMENT
            Kasich has not endorsed Mr. Trump and has been a pointed critic of his style. # Mr. Trump # has not endorsed # Kasich # VERB_COMPLEMENT
            Trump has hailed the vote as “fantastic,” telling reporters that he thinks it is “a great thing.” # the vote as “fantastic,” # has hailed # Trump # VERB_COMPLEMENT
            Hillary Clinton promised on Tuesday to refrain from using the phrase. # to refrain from using the phrase # promised # Hillary Clinton # VERB_COMPLEMENT
            Paul Ryan lamented the state of the campaign and denounced the identity politics on display. # the identity politics on display # denounced # Paul Ryan # VERB_COMPLEMENT
            The retired neurosurgeon has provided no details, saying only that he was refining some practices. # that he was refining some practices # saying # The retired neurosurgeon # TRAILING_PARTICIPLE
            He made a promise, promising that in any negotiation, "we will send a clear signal." # that in any negotiation, "we will send a clear signal." # promising # He # TRAILING_PARTICIPLE
            Clinton attacked Trump, saying he would appoint judges who would overturn Roe. # he would appoint judges who would overturn Roe # saying # Clinton # TRAILING_PARTICIPLE
            Recently, however, the group has called for permanent NATO bases in the east. # permanent NATO bases in the east # has called for # the group # VERB_COMPLEMENT
            Speaking Sunday on ABC’s “This Week,” Carson admitted it was wrong, but said the article existed. # the article existed # said # Carson # SOURCE_CUE_THAT_CLAUSE
            Using a crude expression to describe the Turks as ingratiating themselves with Washington, he said it was over. # the Turks as ingratiating themselves with Washington # to describe # he # VERB_COMPLEMENT
            Besides attacking the former president, while the audience booed loudly, Mr. Trump praised the crowd. # the former president # attacking # Mr. Trump # VERB_COMPLEMENT
            Usually when history is made, news outlets call upon experts to interpret it. # experts to interpret it # call upon # news outlets # VERB_COMPLEMENT
            Initially, state regulators did not consider Mr. Clarke a realistic option. # Mr. Clarke a realistic option # did not consider # state regulators # VERB_COMPLEMENT
            A lawmaker in the Philippines is calling for Donald Trump to be banned. # Donald Trump to be banned # is calling for # A lawmaker in the Philippines # VERB_COMPLEMENT
            Small groups of protesters continued to call for more information about the shooting. # more information about the shooting # continued to call for # Small groups of protesters # VERB_COMPLEMENT
            Facing mounting criticism from both parties, Mr. Trump released a statement on Saturday, insisting that he had been misquoted. # that he had been misquoted # insisting # Mr. Trump # TRAILING_PARTICIPLE
            The challenger who wants to unseat Rep. Debbie Wasserman Schultz is reaping big rewards. # to unseat Rep. Debbie Wasserman Schultz # wants # who # VERB_COMPLEMENT
            Earlier in the week, Trump called for a special prosecutor, citing the FBI report on the emails. # the FBI report on the emails # citing # Trump # TRAILING_PARTICIPLE
            “I'm not a lawyer,” Trump told reporters, referring to the bruises Fields showed the police. # the bruises Fields showed the police # referring to # Trump # TRAILING_PARTICIPLE
            Washington did not complain about it, a Chinese official said, adding that the impact was hard to estimate. # that the impact was hard to estimate # adding # a Chinese official # TRAILING_PARTICIPLE
            He asked the woman to raise her voice and say the word louder. # the woman to raise her voice and say the word louder # asked # He # VERB_COMPLEMENT
            Cruz blasted Rubio for his support of the bill, telling a radio host that Rubio had changed. # Rubio for his support of the bill # blasted # Cruz # VERB_COMPLEMENT
            Clinton also misjudged Assad, having referred to him as a reformer. # him as a reformer # having referred to # Clinton # TRAILING_PARTICIPLE
            The candidate has mocked a reporter, referred to immigrants as rapists and pointed to a man in the crowd. # a reporter # has mocked # The candidate # VERB_COMPLEMENT
            The candidate has mocked a reporter, referred to immigrants as rapists and pointed to a man in the crowd. # immigrants as rapists # referred to # The candidate # VERB_COMPLEMENT
            Noting he majored in philosophy, Allen said he tends to deliberate. # he majored in philosophy # Noting # Allen # PARTICIPLE_CLAUSE
            The central bank, which has held rates near zero since 2008, is expected to act in December. # The central bank, which has held rates near zero since 2008 | to act in December # is expected # - # IMPERSONAL_STANCE
            Clinton has vowed to repeal the Hyde Amendment, a longstanding provision on abortion funding. # to repeal the Hyde Amendment # has vowed # Clinton # VERB_COMPLEMENT
            Sanders had argued for a new name - the Opposition Bloc. # a new name # had argued for # Sanders # VERB_COMPLEMENT
            “Jeb wants to be a tough guy tonight,” Trump shot back. # “Jeb wants to be a tough guy tonight,” # shot back # Trump # QUOTE_THEN_SOURCE_THEN_CUE
            “We’ve had better conventions,” Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said. # “We’ve had better conventions,” # said # Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins # QUOTE_THEN_SOURCE_THEN_CUE
            “Will he be the next attorney general?” a Democratic staffer in the room wondered aloud. # “Will he be the next attorney general?” # wondered # a Democratic staffer in the room # QUOTE_THEN_SOURCE_THEN_CUE
            The actor endorsed Republican presidential candidate Sen. Ted Cruz in November. # Republican presidential candidate Sen. Ted Cruz # endorsed # The actor # VERB_COMPLEMENT
            She criticized the deal in an interview with CNN. # the deal # criticized # She # VERB_COMPLEMENT
            But Clinton continues to lead comfortably in the latest national polls. # Clinton continues to lead comfortably # in # the latest national polls # IN_DOCUMENT
            But critics point to Saudi charities that fund militant groups. # Saudi charities that fund militant groups # point to # critics # VERB_COMPLEMENT
            The Democratic nominee attacked her opponent as a fraud and a scam artist during the first debate. # her opponent as a fraud and a scam artist # attacked # The Democratic nominee # VERB_COMPLEMENT
            European leaders are offering broad new defense efforts amid growing concerns about security. # broad new defense efforts # are offering # European leaders # VERB_COMPLEMENT
            In the poll, 5 percent prefer Libertarian nominee Gary Johnson and 1 percent support Jill Stein. # Libertarian nominee Gary Johnson # prefer # 5 percent # VERB_COMPLEMENT
            In June, the senator called on fellow Republicans to unendorse Trump after the mogul claimed that a judge was unfit to serve. # fellow Republicans to unendorse Trump # called on # the senator # VERB_COMPLEMENT
            Obama has encouraged European nations to bolster their armies and the NATO chief said the alliance would grow. # European nations to bolster their armies # has encouraged # Obama # VERB_COMPLEMENT
            Bernie Sanders and Ted Cruz both campaigned hard in Arizona, hoping to win the state. # to win the state # hoping # Bernie Sanders and Ted Cruz # TRAILING_PARTICIPLE
            Despite his low standing in the polls, Clinton had ordnance ready for him, quickly reminding viewers that he lost. # that he lost # quickly reminding # Clinton # TRAILING_PARTICIPLE
            The Clinton campaign pushed back against the attack on her qualifications. # the attack on her qualifications # pushed back against # The Clinton campaign # VERB_COMPLEMENT
            Bernie Sanders has been attacked by Clinton supporters. # Bernie Sanders # has been attacked # Clinton supporters # PASSIVE_BY
            The sanctions worked, in contrast with Cuba, where Obama’s outreach has been fiercely opposed by most Republicans. # Obama’s outreach # has been fiercely opposed # most Republicans # PASSIVE_BY
            The FBI decided after a lengthy investigation not to recommend charges against her. # not to recommend charges against her # decided # The FBI # VERB_COMPLEMENT
            The senator decided at the last minute to drop out of the race. # to drop out of the race # decided # The senator # VERB_COMPLEMENT
            Donald Trump, meanwhile, is supported by far fewer publications. # Donald Trump # is supported # far fewer publications # PASSIVE_BY
            Trump was supported by 42 percent of the Republicans surveyed. # Trump # was supported # 42 percent of the Republicans surveyed # PASSIVE_BY
            Chastened by the analyses, as well as complaints over its costs, Trump revised his plan, promising to focus on average Americans. # to focus on average Americans # promising # Trump # TRAILING_PARTICIPLE
            Campaigning against Mitt Romney in 2012, he barely mentioned climate change. # climate change # barely mentioned # he # VERB_COMPLEMENT
            When the poll asked about the candidates, Clinton was supported by 42 percent of those responding. # Clinton # was supported # 42 percent of those responding # PASSIVE_BY
            An analysis of super PACs that have raised money since Jan. 1, 2015, shows Democratic groups outpacing Republicans. # Democratic groups outpacing Republicans # shows # An analysis of super PACs # VERB_COMPLEMENT
            By offering Kasich the second spot on the ticket, Trump would show voters he is serious. # Kasich the second spot on the ticket # offering # Trump # PARTICIPLE_CLAUSE
            In describing fellow billionaire Donald Trump, Cuban said he sees someone who is honest. # fellow billionaire Donald Trump # describing # Cuban # PARTICIPLE_CLAUSE
            After saying he was nervous to ask a question, the man ended up in the middle of the room. # he was nervous to ask a question # saying # the man # PARTICIPLE_CLAUSE
            After thanking the crowd, which chanted his name, he touted how far his campaign had come. # the crowd, which chanted his name # thanking # he # PARTICIPLE_CLAUSE
            Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence. # that he would not send me to prison # Having announced # Judge Berman # PARTICIPLE_CLAUSE
            In Vermont, Bernie Sanders was supported by overwhelming majorities of both men and women. # Bernie Sanders # was supported # overwhelming majorities of both men and women # PASSIVE_BY
            He also was backed by nearly 6 in 10 of the voters who consider themselves liberal. # He # also was backed # nearly 6 in 10 of the voters # PASSIVE_BY
            The legality of the climate rules is likely to be decided by the Supreme Court. # The legality of the climate rules # is likely to be decided # the Supreme Court # PASSIVE_BY
            Only about 4 in 10 Republican voters in each state want all immigrants to be deported. # all immigrants to be deported # want # about 4 in 10 Republican voters in each state # VERB_COMPLEMENT
            The senator started on Wednesday by praising the governor for his work. # the governor for his work # praising # The senator # VERB_COMPLEMENT
            The senator took to the steps of City Hall to assail Sanders. # Sanders # to assail # The senator # VERB_COMPLEMENT
            Cruz is the only contender to have pledged to visit every county. # to visit every county # to have pledged # Cruz # VERB_COMPLEMENT
            Mr. Cruz seemed to mock the governor. # the governor # seemed to mock # Mr. Cruz # VERB_COMPLEMENT
            Kasich endorsed Jeb Bush for president and bankrolled ads attacking Dewhurst. # Jeb Bush for president # endorsed # Kasich # VERB_COMPLEMENT
            The candidates backed the union and then took the stage together. # the union # backed # The candidates # VERB_COMPLEMENT
            Karadsheh spoke about how the consulate had been taken over and looted. # how the consulate had been taken over and looted # spoke about # Karadsheh # VERB_COMPLEMENT
            Fox offered a path for conservatives to raise issues and set agendas. # a path for conservatives to raise issues and set agendas # offered # Fox # VERB_COMPLEMENT
            Clinton leads Sanders, but the democratic socialist has vowed to soldier on. # to soldier on # has vowed # the democratic socialist # VERB_COMPLEMENT
            Using a crude expression to describe Mr. Trump, he said the country was in trouble. # Mr. Trump # to describe # he # VERB_COMPLEMENT
            ''Jobs are my wheelhouse.'' He said, twice, that he was going to get up and go back to work. # that he was going to get up and go back to work # said # He # SOURCE_CUE_THAT_CLAUSE
            “He really does love us,” Melanie said, and soon, the balloons were dropping. # “He really does love us,” # said # Melanie # QUOTE_THEN_SOURCE_THEN_CUE
            """)
    void findsStancesQuotesAndPassives(String text, String content, String cue, String source, String rule) {
        assertStatement(text, content, cue, source, rule);
    }

    /** The attribution with that cue has that content (its fragments joined by " | "), source ("-" for none) and rule. */
    private void assertStatement(String text, String content, String cue, String source, String rule) {
        AnnotatedDocument d = annotate(text);
        Attribution a = d.attributions().stream()
                .filter(x -> d.cue(x.cueId()).map(c -> c.span().coveredText(text).equals(cue)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no attribution with cue '" + cue + "' in: " + d));
        assertEquals(content, d.content(a.contentId()).fragments().stream().map(f -> f.coveredText(text))
                .collect(Collectors.joining(" | ")), text);
        assertEquals(source, d.sourceMention(a.sourceMentionId()).map(m -> m.span().coveredText(text)).orElse("-"), text);
        assertEquals(rule, a.provenance().rule().name(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The candidate spoke in Maine on Friday.",
        "The candidates talked on the bus after the debate.",
        "She appeared on television with her husband.",
        "The criticism of the plan grew louder.",
        "Reporters asked him.",
        "Trump’s comments about Clinton mirror those he made in Raleigh.",
        "Additional reporting by Julia Harte and Peter Eisler in Orlando.",
        "Not everyone is on the Trump train. Just ask former NFL star Herschel Walker.",
        "Not everyone is on the Trump train. Speaking Spanish on Univision.",
        "She is the founder of a Facebook group called Occupy DNC Convention.",
        "Coal miners are still smarting from remarks Clinton made earlier this year.",
        "Clinton won primaries in 30 states and lost in the swing states.",
        "Some states remained too close to call, and the race moves to Western states this week.",
        "At times, the mere mention of the name could make him fume.",
        "The gap, as Cruz said on the radio program on Monday, only underscores the danger.",
        "Hillary Clinton won the primary in North Carolina, adding to her run of victories in the South.",
        "Some states, like Ohio, are traditional battlegrounds.",
        "He put it in the drawer before the meeting.",
        "The senator campaigned for a week in Iowa and New Hampshire.",
        "The conference call the campaign held went well.",
        "Turnout was high in the polls, which closed at eight.",
        "The shells were fired back across the river.",
        "Cruz's thinking on the matter is clear.",
        "The vote went as expected by everyone in the room.",
        "The Senate hit back.",
        "The real Trump showed up at the debate.",
        "That said, Cruz cannot realistically get enough delegates to win.",
        "The plan is like self-deportation for the whole town.",
        "Sanders has struggled to earn the support of minorities.",
        "Wikileaks released hacked internal DNC emails, and party officials could no longer defend her.",
        "The most critical of all these factors was the weather.",
        "Watch: the full video of the rally in Iowa.",
        "Bottom line: the race is far from over.",
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.",
        "Just Leaked: Look At Hillary’s Response To The Soldiers.",
        "Editor’s Note: The following is part 3 of 3 excerpts from the book.",
        "President Barack Obama indicated this week.",
        "Clinton spoke Monday night at a town hall hosted by MSNBC.",
        "Clinton leads by ten points in the state.",
        "He is hoping for two things that day.",
        "The state party eventually backed down on the plan.",
        "The Washington Post published Monday evening.",
        "Both candidates enjoyed strong support among Latino voters.",
        "The eventual appeals court ruling could decide the case.",
        "The plan wasn’t approved because of opposition by Congress.",
        "Donald Trump may want to check his numbers again.",
        "The ruling made clear the limits of the law.",
        "Their plan faced some steep challenges including this one.",
        "The president spoke in a cottage on a Marine base that overlooks Kaneohe Bay in his home state.",
        "Sen. Bernie Sanders maintained his double-digit lead over Clinton in the state.",
        "That disproportionate impact suggests officials might do well to reassess their approach.",
        "Schilling, who most recently offered analysis on the show, was dismissed on Wednesday.",
    })
    void findsNothingWhereNothingIsReported(String text) {
        assertEquals(List.of(), annotate(text).attributions(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            At a rally in Ohio, he later said, “It’s not just the economy.”   # “It’s not just the economy.”
            “One of my criteria was whether they support him,” said one district GOP leader.  # “One of my criteria was whether they support him,”
            Flynn said Thursday morning on Fox News’s “Fox and Friends.” It was his third interview. # -
            The fan who filmed “Guardians of the Galaxy,” posted the clip to YouTube on Thursday. # -
            Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name was wrong. # that the course name was wrong
            “I was mistaken,” Fiorina told a conservative audience in September. # “I was mistaken,”
            Trump says the NFL has gone “soft” like the United States. # the NFL has gone “soft” like the United States
            ” … what I learned is that it is heard badly,” he said.    # ” … what I learned is that it is heard badly,”
            As Trump went on about “our own struggling citizens,” Melanie said yes. # yes
            Kelly responded pointedly, with a smile: “Can happen when you’re 45.” # “Can happen when you’re 45.”
            The staff is “large,” according to show insiders.        # The staff is “large,”
            PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims. # -
            """)
    void attributesOnlyTheQuote(String text, String onlyContent) {
        AnnotatedDocument d = annotate(text);
        List<String> speech = d.attributions().stream()
                .filter(a -> d.content(a.contentId()).kind().isSpeech())
                .map(a -> d.content(a.contentId()).span().coveredText(text)).toList();
        assertEquals(onlyContent.equals("-") ? List.of() : List.of(onlyContent), speech, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            “The deal is done,” super PAC spokeswoman Kellyanne Conway said. # super PAC spokeswoman Kellyanne Conway
            “The deal is done,” said one district GOP leader.                # one district GOP leader
            “The deal is done,” the Republican presidential candidate told reporters. # the Republican presidential candidate
            “The deal is done,” Steve Moody, a small-business owner, said at the rally. # Steve Moody, a small-business owner
            “The deal is done,” said Brad Bannon, a longtime Democratic consultant.   # Brad Bannon, a longtime Democratic consultant
            “The deal is done,” said a person close to the Clintons.   # a person close to the Clintons
            “The deal is done,” the RNC member said.                  # the RNC member
            “The deal is done,” the release added.                    # the release
            “The deal is done,” said the second official.             # the second official
            “The deal is done,” said one of those advisers.           # one of those advisers
            ''The deal is done,'' James B. Comey Jr., the director of the F.B.I., said on Wednesday. # James B. Comey Jr., the director of the F.B.I.
            As The Post's Dana Milbank puts it, “The deal is done.”   # The Post's Dana Milbank
            "The deal is done, and that is a lot of nonsense," he went on. # he
            "The deal is done," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview. # Harry Bond, 30, of Raleigh, N.C., who was among those polled
            Mr. Kim said in a recent issue of Foreign Policy magazine: “The deal is done.” # Mr. Kim
            Nelson Diaz, a former aide to Mr. Rubio, said of Mr. Rubio: “The deal is done.” # Nelson Diaz, a former aide to Mr. Rubio
            ''Voters will not accept 'We will bomb them,''' said Senator John McCain of Arizona. # Senator John McCain of Arizona
            “The deal is done,” said a longtime adviser to both Clintons. # a longtime adviser to both Clintons
            “The deal is done,” said Michelle Stevens, 30, of Gainesville, Fla. # Michelle Stevens, 30, of Gainesville, Fla
            “The deal is done,” said Ken Sena, managing director at Evercore. # Ken Sena, managing director at Evercore
            “The deal is done,” reads a Wednesday editorial in The Des Moines Register. # a Wednesday editorial in The Des Moines Register
            “The bad ones, the gang members?” Trump asked, turning the question into a game. # Trump
            Those close to him say that the deal is done.             # Those close to him
            People close to her said the deal was done.               # People close to her
            People briefed on the situation say that the deal is done. # People briefed on the situation
            Six in 10 say the deal is done.                           # Six in 10
            On this issue, 47% say the deal is done.                  # 47%
            Thirty-one percent of those surveyed say the deal is done. # Thirty-one percent of those surveyed
            About 270 people came, and some families said the deal was done. # some families
            Gustav Ando, research director for IHS Life Sciences, a consulting company, said the deal is done. # Gustav Ando, research director for IHS Life Sciences, a consulting company
            Carter’s press secretary, Peter Cook, told reporters the deal was done. # Carter’s press secretary, Peter Cook
            Polls in New Hampshire show that the deal is done.        # Polls in New Hampshire
            Recent polls in Pennsylvania and Virginia show the race is tied. # Recent polls in Pennsylvania and Virginia
            Her submission to the court says the deal was done.       # Her submission to the court
            In South Florida, where land is fast disappearing, developers see golf courses as wasted space. # developers
            Johnnie Wilson, of Springfield, Va., said the deal was done. # Johnnie Wilson, of Springfield, Va.
            The nonpartisan Commission on Presidential Debates said the deal was done. # The nonpartisan Commission on Presidential Debates
            Rachel Berg, a philanthropist from Monsey, New York, said the deal was done. # Rachel Berg, a philanthropist from Monsey, New York
            The nation’s largest gun group said the deal was done.    # The nation’s largest gun group
            More than 4 in 10 said the deal was done.                 # More than 4 in 10
            One protest organizer said the deal was done.             # One protest organizer
            “The deal is done,” said Trump in his speech.             # Trump
            “The deal is done,” said a spokesman for the campaign.    # a spokesman for the campaign
            A Clinton ally said the deal was done.                    # A Clinton ally
            The intelligence community's inspector general said the deal was done. # The intelligence community's inspector general
            Aides to Clinton say the deal is done.                    # Aides to Clinton
            But public records show that the deal is done.            # public records
            ORLANDO, Fla. (Reuters) - President Barack Obama met survivors and said the deal was done. # President Barack Obama
            Donald Trump picked up from his daughter by saying the deal is done. # Donald Trump
            Clinton clearly erred in saying the deal was done.        # Clinton
            People briefed on the move said the deal was done.        # People briefed on the move
            Shortly afterward, McCain said the deal was done.         # McCain
            Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said the deal was done. # Senator Harry Reid, the minority leader
            Dr. Connie Mariano, who as a Navy captain was the White House physician in the administration of former President Bill Clinton, said the deal was done. # Dr. Connie Mariano, who as a Navy captain was the White House physician in the administration of former President Bill Clinton
            The race is tied, according to a RealClearPolitics average of recent polls. # a RealClearPolitics average of recent polls
            “The deal is done,” said Sexton, a creative writing professor. # Sexton, a creative writing professor
            Representative Peter Welch, Democrat of Vermont, who replaced Mr. Sanders in the House, said the deal was done. # Representative Peter Welch, Democrat of Vermont, who replaced Mr. Sanders in the House
            “The deal is done,” said Paloma Wu, legal director for the state A.C.L.U., which filed a challenge against the law. # Paloma Wu, legal director for the state A.C.L.U., which filed a challenge against the law
            The deal is done, said Geoff Garin, a pollster working for Priorities USA, a super PAC. # Geoff Garin, a pollster working for Priorities USA, a super PAC
            A projection from the Cook Political Report shows the deal is done. # A projection from the Cook Political Report
            A statement posted on the website GunBroker.com said the deal was done. # A statement posted on the website GunBroker.com
            “The deal is done,” Jeff Weaver, Sanders’ campaign manager, said in a statement. # Jeff Weaver, Sanders’ campaign manager
            “The deal is done,” Trent Lott, who was Senate majority leader under George W. Bush, told lawmakers. # Trent Lott, who was Senate majority leader under George W. Bush
            “The deal is done,” said Jaime Harrison, chair of the state Democratic Party. # Jaime Harrison, chair of the state Democratic Party
            “The deal is done,” said Mike Lux, a progressive activist who is a former labor official. # Mike Lux, a progressive activist who is a former labor official
            “The deal is done,” said a senior official who spoke on the condition of anonymity. # a senior official who spoke on the condition of anonymity
            A senior official who spoke on the condition of anonymity said the deal was done. # A senior official who spoke on the condition of anonymity
            “The deal is done,” said J.J. MacNab, an expert on militias. # J.J. MacNab, an expert on militias
            “The deal is done,” said Paul R. Pillar, a former C.I.A. analyst. # Paul R. Pillar, a former C.I.A. analyst
            “The deal is done,” said a former U.S. law enforcement official. # a former U.S. law enforcement official
            “The deal is done,” said Rep. Jim Clyburn (D-S.C.), a member of House Democratic leadership. # Rep. Jim Clyburn (D-S.C.), a member of House Democratic leadership
            A CNN/ORC poll found that the deal was done.               # A CNN/ORC poll
            De Blasio said the deal was done.                          # De Blasio
            Priebus later Thursday said the deal was done.             # Priebus
            “The deal is done,” White House press secretary Josh Earnest said. # White House press secretary Josh Earnest
            “The deal is done,” said a former senior law enforcement official. # a former senior law enforcement official
            “The deal is done,” said a prominent Republican National Committee member. # a prominent Republican National Committee member
            Coit said the candidate sees the convention as a chance in contrast to "the fear-mongering" offered at the GOP gathering. # Coit
            About two-thirds of voters said they liked him. # About two-thirds of voters
            Speaking about the primary, Gov. John Kasich (R-OH), said, “I’m getting ready.” # Gov. John Kasich (R-OH)
            More than half of voters said they liked him. # More than half of voters
            After the debate, only 12 percent said they liked him. # only 12 percent
            Advocates in the community said he was wrong.               # Advocates in the community
            He left, but advocates in the community said he was wrong.  # advocates in the community
            Schilling stayed, even as critics in the party said he was wrong. # critics in the party
            Trump, despite his losses, said he was wrong.              # Trump
            When pressed, the 34-year-old mother of three replied, "It is meant to help." # the 34-year-old mother of three
            Talk had been mounting about a Republican challenging him in the primary. # a Republican
            About a third of voters said they liked him.                # About a third of voters
            About 19 percent of college students polled support Clinton. # About 19 percent of college students polled
            The moderates and Catholics surveyed responded to the pope.  # The moderates and Catholics surveyed
            The operatives that POLITICO interviewed predicted that Clinton will win. # The operatives
            Speaking in Harlem, Clinton, without naming him, also accused Sanders of being late. # Clinton
            Here in Columbia, Sanders stepped up his emphasis on justice, saying, "We must act." # Sanders
            In a statement, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: "He should be in prison." # Rep. Hakeem Jeffries
            Sen. Bernie Sanders (Vt.) and former governor Martin O'Malley suggested that it was wrong. # Sen. Bernie Sanders (Vt.) and former governor Martin O'Malley
            Ben Carson, Ted Cruz and Rand Paul said the plan was wrong.  # Ben Carson, Ted Cruz and Rand Paul
            In Iowa, Carson, Cruz and Paul said the plan was wrong.       # Carson, Cruz and Paul
            Hawkins and others who want to ban abortion said the ruling was wrong. # Hawkins and others who want to ban abortion
            Among likely voters, 46 percent would choose Clinton and 44 percent would back the senator. # 44 percent
            In a Bloomberg interview Trump declared that NATO may be obsolete. # Trump
            However, Andriy Yermak, head of the Ukrainian presidential office, hinted at progress, stating, “Kursk region, good news.” # Andriy Yermak, head of the Ukrainian presidential office
            Real estate mogul and reality television star Donald Trump tweeted that it was wrong. # Real estate mogul and reality television star Donald Trump
            Recently, however, it issued a policy paper on the region, and calling for establishing permanent NATO bases in the east. # it
            More recently, Rubio has shifted to match the mood, offering dire warnings about terrorism. # Rubio
            Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said the plan was dead. # Sen. Chuck Grassley
            There is no divide among them: 89% of young Democrats and 83% of young Republicans endorse universal checks. # 89% of young Democrats and 83% of young Republicans
            Hillary Clinton, Bernie Sanders, and Martin O'Malley said the plans were different. # Hillary Clinton, Bernie Sanders, and Martin O'Malley
            Syrian hackers put out falsified reports of two explosions, claiming that the president was injured. # Syrian hackers
            Clinton leads by ten points, saying she is happy.            # Clinton
            Talk show host Glenn Beck said the campaign was over.        # Talk show host Glenn Beck
            While a judge found it unconstitutional, his decision was overturned by a court, and the Supreme Court said it was moot. # the Supreme Court
            Bankruptcy is like a chess game in which companies seek to minimize liabilities. # companies
            British Prime Minister Theresa May suggested that the deal was dead. # British Prime Minister Theresa May
            In May officials said that the deal was dead.                # officials
            A reporter for USA Today spotted Stein and reported her presence on Twitter. # A reporter for USA Today
            Scott's family called on police to release the video.        # Scott's family
            But not everyone at the rally said the front-runner was a credible change agent. # not everyone at the rally
            Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying that officials should release the video. # Democratic presidential nominee Hillary Clinton
            Bernie Sanders, celebrating a victory in his home state of Vermont, said the race was not over. # Bernie Sanders
            Robert Peck, managing director at SunTrust, said the race was not over. # Robert Peck, managing director at SunTrust
            Karen Janes, 67, of Exeter, N.H., after a rally there this month, said she was unsure. # Karen Janes, 67, of Exeter, N.H.
            """)
    void findsSourcesWithModifiersAndAppositions(String text, String source) {
        AnnotatedDocument d = annotate(text);
        assertEquals(1, d.attributions().size(), d.toString());
        assertEquals(source, d.sourceMention(d.attributions().get(0).sourceMentionId()).orElseThrow().span().coveredText(text));
    }

    @Test
    void aPossessiveMentionNamesTheSameSpeakerAsTheName() {
        String text = "Donald Trump's plan to deport 11 million people angered the allies. Trump said it was fine.";
        AnnotatedDocument d = annotate(text);
        assertEquals(List.of("Donald Trump", "Donald Trump"), d.attributions().stream()
                .map(a -> d.speaker(a.speakerId()).orElseThrow().canonicalName()).toList());
    }

    @Test
    void aQuoteThatContinuesASpeakerPointsToTheMentionThatNamedThem() {
        String text = "Ann Lee said the war would end soon.\n\n\"We will keep fighting until every village is free again.\"";
        AnnotatedDocument d = annotate(text);
        Attribution quote = withContentStarting(d, text, "\"We will");
        assertEquals("NEAREST_SPEAKER", quote.provenance().rule().name());
        assertEquals("Ann Lee", d.sourceMention(quote.sourceMentionId()).orElseThrow().span().coveredText(text));
        assertEquals("Ann Lee", d.speaker(quote.speakerId()).orElseThrow().canonicalName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            The ad targets a “corrupt political system that keeps a rigged economy in place.” # a “corrupt # MIXED # The ad # targets # NEAREST_SPEAKER
            PSA—“You have until the end of December to get free museum and zoo memberships,” by Dana Rubinstein. # “You have # SCARE_QUOTE # - # - # SCARE_QUOTE
            Mexican newspapers have been inspecting Trump's new book, "Crippled America: How to Make America Great Again," for clues. # "Crippled # SCARE_QUOTE # - # - # SCARE_QUOTE
            """)
    void aLongQuoteWithNoListedCueTakesItsSentencesSubjectAndVerbUnlessABylineOrSubtitleShowsATitle(String sentence, String contentStart,
            ContentKind kind, String source, String cue, String rule) {
        // a speaker named in the paragraph before, whom the quote must not fall back to
        String text = "Ann Lee said the war would end soon.\n\n" + sentence;
        AnnotatedDocument d = annotate(text);
        Attribution quote = withContentStarting(d, text, contentStart);
        assertEquals(kind, d.content(quote.contentId()).kind());
        assertEquals(source, d.sourceMention(quote.sourceMentionId()).map(m -> m.span().coveredText(text)).orElse("-"));
        assertEquals(cue, d.cue(quote.cueId()).map(c -> c.span().coveredText(text)).orElse("-"));
        assertEquals(rule, quote.provenance().rule().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hewitt writes:", "In the text accompanying the video, Hewitt writes:"})
    void aParagraphIntroducedByAColonAtTheEndOfTheOneBeforeIsABlockQuote(String introduction) {
        String text = introduction + "\n\nThe movie mentions neither the president nor the secretary of state by name.\n\nThe end.";
        AnnotatedDocument d = annotate(text);
        Attribution quote = withContentStarting(d, text, "The movie");
        assertEquals("The movie mentions neither the president nor the secretary of state by name",
                d.content(quote.contentId()).span().coveredText(text));
        assertEquals("Hewitt", d.sourceMention(quote.sourceMentionId()).orElseThrow().span().coveredText(text));
        assertEquals("writes:", d.cue(quote.cueId()).orElseThrow().span().coveredText(text));
        assertEquals("BLOCK_QUOTE", quote.provenance().rule().name());
    }

    @Test
    void aColonAfterMoreThanTheVerbIntroducesNoBlockQuote() {
        String text = "He said the plan had three parts:\n\nThe first is a wall.";
        AnnotatedDocument d = annotate(text);
        assertEquals(List.of(), d.attributions().stream().filter(a -> a.provenance().rule().name().equals("BLOCK_QUOTE")).toList());
    }

    private static Attribution withContentStarting(AnnotatedDocument d, String text, String start) {
        return d.attributions().stream().filter(a -> d.content(a.contentId()).span().coveredText(text).startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no content starting with " + start + " in: " + d));
    }

    @Test
    void aPluralPossessiveApostropheInTheSpeakersDescriptionIsNoQuoteMark() {
        String text = "The group uses the same photo again, said Rita Katz, the director of SITE Intelligence Group, which tracks terrorists' communications.";
        AnnotatedDocument d = annotate(text);
        assertEquals(1, d.attributions().size(), d.toString());
        assertEquals("The group uses the same photo again", d.content(d.attributions().get(0).contentId()).span().coveredText(text));
    }

    @Test
    void aParticipleAsideAfterTheSpeakerDoesNotSplitTheQuote() {
        String text = "“These guys know how to use words,” said Sherman, speaking of politicians, “and leave themselves wiggle room.”";
        assertOneAttributionWithFragments(text, "“These guys know how to use words,”", "“and leave themselves wiggle room.”");
    }

    @Test
    void aParticipleWithAnObjectStopsWhereTheQuoteGoesOn() {
        String text = "“Every time you say that,” Tester said, criticizing the excuse, “you give ammunition to the people who want to break up the banks.”";
        assertEquals(List.of(List.of("“Every time you say that,”", "“you give ammunition to the people who want to break up the banks.”"),
                List.of("the excuse")), contentFragments(annotate(text), text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            "This is a big year!" Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd. # Scott's niece, state Del. Marcia Price (D-Newport News)
            "They are wrong," said 9/11 widow Terry Strada.                          # 9/11 widow Terry Strada
            "We will be there," the nephew said.                                     # the nephew
            "Keep your hands in sight," Blige sings to Clinton before asking her, "Where do we go from here?" # Blige;Blige
            """)
    void namesTheSpeakerAfterTheQuote(String text, String sources) {
        AnnotatedDocument d = annotate(text);
        assertEquals(List.of(sources.split(";")), d.attributions().stream()
                .map(a -> d.sourceMention(a.sourceMentionId()).map(m -> m.span().coveredText(text)).orElse("-")).toList(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            He was asked whether he would run again.                                 # -
            Mehmet Oz has been called a charlatan by fellow physicians.              # -
            Roof is accused of killing nine people inside the church in June.        # -
            Some Democrats are concerned that the tactics could hurt her.            # Some Democrats
            Braynard is quoted as saying that he will win.                           # Braynard
            Mr. Quiros said that he had used the money for his own expenses.         # Mr. Quiros
            """)
    void aPassiveReportingVerbsSubjectIsNotItsSpeaker(String text, String source) {
        AnnotatedDocument d = annotate(text);
        assertEquals(List.of(source), d.attributions().stream()
                .map(a -> d.sourceMention(a.sourceMentionId()).map(m -> m.span().coveredText(text)).orElse("-")).toList(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Prices rose sharply in May. Reports TSN.                   # Prices rose sharply in May # TSN
            Prices rose sharply in May. This is reported by TSN.       # Prices rose sharply in May # TSN
            """)
    void aSentenceThatOnlyNamesASourceReportsTheOneBefore(String text, String content, String source) {
        AnnotatedDocument d = annotate(text);
        assertEquals(1, d.attributions().size(), d.toString());
        Attribution a = d.attributions().get(0);
        assertEquals(content, d.content(a.contentId()).fragments().get(0).coveredText(text));
        assertEquals(source, d.sourceMention(a.sourceMentionId()).orElseThrow().span().coveredText(text));
        assertEquals("PREVIOUS_SENTENCE", a.provenance().rule().name());
    }

    @Test
    void markupLeftInTheTextQuotesNothing() {
        String text = "<tweet author=\" so we rate it Mostly True\" date=\"that the plan is fine.\">Sanders said the plan would fail.<tweet/>";
        AnnotatedDocument d = annotate(text);
        assertEquals(List.of("the plan would fail"), d.attributions().stream()
                .map(a -> d.content(a.contentId()).span().coveredText(text)).toList());
    }

    @Test
    void aNicknameInTheSpeakersNameDoesNotSplitTheQuote() {
        String text = "\"This is a big year for our senator!\" Scott's niece, Marcia \"Cia\" Price, shouted to the crowd. "
                + "\"The nation is watching Virginia.\"";
        AnnotatedDocument d = annotate(text);
        Attribution a = d.attributions().stream().filter(x -> x.provenance().rule() == Rule.QUOTE_THEN_SOURCE_THEN_CUE)
                .findFirst().orElseThrow(() -> new AssertionError(d.toString()));
        assertEquals(List.of("\"This is a big year for our senator!\"", "\"The nation is watching Virginia.\""),
                d.content(a.contentId()).fragments().stream().map(f -> f.coveredText(text)).toList());
    }

    @Test
    void aParticipleThatSaysMoreKeepsItsOwnQuote() {
        String text = "“We are ready,” she said, adding, “We will win.”";
        AnnotatedDocument d = annotate(text);
        assertEquals(2, d.attributions().size(), d.toString());
    }

    @Test
    void aQuoteSplitByItsCueMayGoOnInTheNextParagraph() {
        String text = "“All of us are fearful,” Collins told MSNBC.\n\n“So the best way we do it, we get to 1,237.”\n\nThe race went on.";
        assertOneAttributionWithFragments(text, "“All of us are fearful,”", "“So the best way we do it, we get to 1,237.”");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The clerks searched the files for words such as “ambassador” last year.",
        "The mayor was sending what has been described as a “political army” north.",
        "Marcel Lazar, known online as “Guccifer,” was arrested in Romania.",
    })
    void aQuoteAfterAsThatNobodyUsesToDescribeStaysAScareQuote(String text) {
        assertEquals(List.of("SCARE_QUOTE"), annotate(text).attributions().stream().map(a -> a.provenance().rule().name()).toList(), text);
    }

    @Test
    void aShortQuotedSentenceAfterTheCuesSentenceGoesOnWithTheQuote() {
        String text = "“I have not talked to any campaign in a year,” he said in the interview with Breitbart News. “This is all me.”";
        assertOneAttributionWithFragments(text, "“I have not talked to any campaign in a year,”", "“This is all me.”");
    }

    @Test
    void aTitleQuotedAfterTheCueDoesNotSplitTheQuote() {
        String text = "\"China is equally concerned,\" the senator told ABC's \"Good Morning America.\" "
                + "\"When you have a hydrogen bomb, you are a threat to China as well.\"";
        assertEquals(List.of(List.of("\"China is equally concerned,\"", "\"When you have a hydrogen bomb, you are a threat to China as well.\""),
                List.of("\"Good Morning America.\"")), contentFragments(annotate(text), text));
    }

    @Test
    void aStanceInTheSpeakersDescriptionDoesNotSplitTheQuoteAndKeepsItsOwnAttribution() {
        String text = "“They might have been able to prevent Trump,” said Sen. Tom Udall of New Mexico, who supports "
                + "eliminating half the superdelegates. “If Trump ends up being a disaster, they will try to fix it.”";
        assertOneQuoteAndItsAside(text, List.of("“They might have been able to prevent Trump,”",
                "“If Trump ends up being a disaster, they will try to fix it.”"), "eliminating half the superdelegates");
    }

    @Test
    void aReportInTheCuesSentenceThatQuotesAWordDoesNotSplitTheQuote() {
        String text = "“Everything is on the table,” Carson told the AP on Wednesday after hinting that “personnel changes” could come. "
                + "“I’m looking carefully.”";
        assertOneQuoteAndItsAside(text, List.of("“Everything is on the table,”", "“I’m looking carefully.”"),
                "that “personnel changes” could come");
    }

    /** The quote's fragments are one attribution, and the aside between them another of its own. */
    private void assertOneQuoteAndItsAside(String text, List<String> quoteFragments, String aside) {
        AnnotatedDocument d = annotate(text);
        assertEquals(List.of(quoteFragments, List.of(aside)),
                contentFragments(d, text).stream().sorted(java.util.Comparator.comparing(List::size, java.util.Comparator.reverseOrder()))
                        .toList(), d.toString());
    }

    /** The report says the quote's words; "according to its own website" is the report's, not the sentence's source. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Estrosi told French television that "the driver fired on the crowd, according to the police who killed him." # told
            The report says the company “has 987 subsidiaries, according to its own website.” # says
            """)
    void aPhraseLikeAccordingToInsideAQuotationIsPartOfTheQuotedWords(String text, String onlyCue) {
        AnnotatedDocument d = annotate(text);
        assertEquals(List.of(onlyCue), d.attributions().stream()
                .map(a -> d.cue(a.cueId()).orElseThrow().span().coveredText(text)).toList(), d.toString());
    }

    /** Each attribution's content as the texts of its fragments, in the document's order of attributions. */
    private static List<List<String>> contentFragments(AnnotatedDocument d, String text) {
        return d.attributions().stream().map(a -> d.content(a.contentId()).fragments().stream().map(f -> f.coveredText(text)).toList())
                .toList();
    }

    @Test
    void aQuoteEndsWhereItsSentenceGoesOnToSaySomethingElse() {
        String text = "Mr. Bush praised ''faith that reveals itself through good works,'' he said - and argued for "
                + "nominating a Republican who can win. ''All the talk doesn't matter if we don't win.''";
        AnnotatedDocument d = annotate(text);
        List<String> first = d.attributions().stream().map(a -> d.content(a.contentId()))
                .filter(c -> c.span().coveredText(text).startsWith("''faith"))
                .findFirst().orElseThrow(() -> new AssertionError(d.toString()))
                .fragments().stream().map(f -> f.coveredText(text)).toList();
        assertEquals(List.of("''faith that reveals itself through good works,''"), first);
    }

    @Test
    void aQuoteReopenedAtANewParagraphIsMoreOfTheSameContent() {
        String text = "Ann Lee said: “We will keep fighting until every village is free.\n\n"
                + "“And we will rebuild every school that was destroyed in the war.”\n\nThe race went on.";
        assertOneAttributionWithFragments(text, "“We will keep fighting until every village is free.",
                "“And we will rebuild every school that was destroyed in the war.”");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            And the party is “ready to unite behind our nominee.”     # the party is “ready to unite behind our nominee.”
            Its members are “ready to unite behind our nominee.”      # Its members are “ready to unite behind our nominee.”
            """)
    void aQuoteWithoutACueThatGoesOnFromItsClauseTakesTheClause(String sentence, String content) {
        String text = "“We will win this state,” Trump said. " + sentence;
        AnnotatedDocument d = annotate(text);
        Attribution a = d.attributions().stream().filter(x -> x.provenance().rule() == Rule.NEAREST_SPEAKER).findFirst().orElseThrow();
        assertEquals(content, d.content(a.contentId()).fragments().get(0).coveredText(text));
    }

    @Test
    void aQuoteThatGoesOnAfterItsCueWithAndIsOneContent() {
        String text = "Mills \"got an immunity agreement,\" Jordan said, and still \"got to sit in on the interview.\"";
        assertOneAttributionWithFragments(text, "Mills \"got an immunity agreement,\"", "still \"got to sit in on the interview.\"");
    }

    @Test
    void aTranscriptQuotedParagraphByParagraphGivesTheSpeakerTheWordsNotTheMarks() {
        String text = "\"PENCE: Well, look, Mark Cuban has said some pretty tough things.\n\n"
                + "\"But the truth is that Donald Trump has a unique way of communicating.\n\n"
                + "\"Follow Pam Key on Twitter @pamkeyNEN.\"";
        AnnotatedDocument d = annotate(text);
        assertEquals(List.of(List.of("Well, look, Mark Cuban has said some pretty tough things",
                "But the truth is that Donald Trump has a unique way of communicating.")),
                d.attributions().stream().filter(a -> a.provenance().rule() != Rule.SCARE_QUOTE)
                        .map(a -> d.content(a.contentId()).fragments().stream().map(f -> f.coveredText(text)).toList()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            The debate went on. Cruz continued:                                # continued:                        # Cruz
            When Wallace died in 1998, President Clinton released the following statement: # released the following statement: # President Clinton
            On July 6, 2015, Sanders made the following comment:              # made the following comment:       # Sanders
            “It is what I’m up against.” She went on to say:                  # went on to say:                   # She
            Transcript as follows:                                            # as follows:                       # Transcript
            """)
    void aParagraphEndingWithItsCueAndAColonIntroducesTheQuoteBelow(String introduction, String cue, String source) {
        String text = introduction + "\n\n“You look at the questions: are you a comic book villain?”\n";
        AnnotatedDocument d = annotate(text);
        Attribution a = d.attributions().stream().filter(x -> d.content(x.contentId()).span().begin() > introduction.length())
                .findFirst().orElseThrow();
        assertEquals("“You look at the questions: are you a comic book villain?”", d.content(a.contentId()).span().coveredText(text));
        assertEquals(cue, d.cue(a.cueId()).orElseThrow().span().coveredText(text));
        assertEquals(source, d.sourceMention(a.sourceMentionId()).orElseThrow().span().coveredText(text));
    }

    private void assertOneAttributionWithFragments(String text, String... fragments) {
        AnnotatedDocument d = annotate(text);
        assertEquals(1, d.attributions().size(), d.toString());
        assertEquals(List.of(fragments),
                d.content(d.attributions().get(0).contentId()).fragments().stream().map(f -> f.coveredText(text)).toList());
    }

    private AnnotatedDocument annotate(String text) {
        return annotator.annotate(new Document("d", DocumentMetadata.EMPTY, text));
    }
}
