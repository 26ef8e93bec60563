export { validate46 as compiledSearchCriteriaType };
const schema57 = {"type":"string","enum":["EXACT","STARTS_WITH","CONTAINS","REGEX","TERM","TERMS","REQUIRED_FIELDS","MATCH_ALL","QUERY_STRING","RANGE","LESS_THAN","LESS_THAN_EQUAL_TO","GREATER_THAN","GREATER_THAN_EQUAL_TO"]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((data === "EXACT") || (data === "STARTS_WITH")) || (data === "CONTAINS")) || (data === "REGEX")) || (data === "TERM")) || (data === "TERMS")) || (data === "REQUIRED_FIELDS")) || (data === "MATCH_ALL")) || (data === "QUERY_STRING")) || (data === "RANGE")) || (data === "LESS_THAN")) || (data === "LESS_THAN_EQUAL_TO")) || (data === "GREATER_THAN")) || (data === "GREATER_THAN_EQUAL_TO"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema57.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
