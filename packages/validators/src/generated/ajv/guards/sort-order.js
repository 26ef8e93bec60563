export { validate24 as guardSortOrder };
const schema35 = {"type":"string","enum":["ascending","descending","ASC","DESC"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data === "ascending") || (data === "descending")) || (data === "ASC")) || (data === "DESC"))){
validate24.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema35.enum}}];
return false;
}
validate24.errors = vErrors;
return errors === 0;
}
